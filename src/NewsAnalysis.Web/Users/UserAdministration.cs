using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data.Users;

namespace NewsAnalysis.Web.Users;

/// <summary>
/// Adding users, giving each one role, disabling and re-enabling accounts. A disabled account is locked out for good
/// and its security stamp renewed, so existing sessions end at the next stamp check. An admin cannot disable or demote
/// themselves, so the newsroom always keeps an admin.
/// </summary>
public sealed class UserAdministration(UserManager<AppUser> users)
{
    public sealed record UserRow(string Id, string Email, string? DisplayName, string? Role, bool Disabled);

    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var rows = new List<UserRow>(all.Count);
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user);
            rows.Add(new UserRow(user.Id, user.Email ?? user.UserName ?? user.Id, user.DisplayName, roles.FirstOrDefault(), IsDisabled(user)));
        }

        return rows;
    }

    public static bool IsDisabled(AppUser user) => user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow.AddYears(100);

    public async Task<IReadOnlyList<string>> AddAsync(string email, string? displayName, string password, string role)
    {
        if (!Roles.All.Contains(role))
        {
            return [$"Unknown role '{role}'."];
        }

        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => e.Description).ToList();
        }

        var added = await users.AddToRoleAsync(user, role);
        return added.Succeeded ? [] : added.Errors.Select(e => e.Description).ToList();
    }

    public async Task<IReadOnlyList<string>> SetRoleAsync(string userId, string role, string actingUserId)
    {
        if (!Roles.All.Contains(role))
        {
            return [$"Unknown role '{role}'."];
        }

        if (userId == actingUserId && role != Roles.Admin)
        {
            return ["You cannot take away your own admin role."];
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return ["No such user."];
        }

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current);
        var added = removed.Succeeded ? await users.AddToRoleAsync(user, role) : removed;
        if (!added.Succeeded)
        {
            return added.Errors.Select(e => e.Description).ToList();
        }

        // Role claims live in the cookie: a new stamp makes the user's sessions pick up the new role.
        await users.UpdateSecurityStampAsync(user);
        return [];
    }

    public async Task<IReadOnlyList<string>> SetDisabledAsync(string userId, bool disabled, string actingUserId)
    {
        if (userId == actingUserId && disabled)
        {
            return ["You cannot disable your own account."];
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return ["No such user."];
        }

        await users.SetLockoutEnabledAsync(user, true);
        var result = await users.SetLockoutEndDateAsync(user, disabled ? DateTimeOffset.MaxValue : null);
        if (result.Succeeded)
        {
            await users.ResetAccessFailedCountAsync(user);
            await users.UpdateSecurityStampAsync(user);
        }

        return result.Succeeded ? [] : result.Errors.Select(e => e.Description).ToList();
    }
}
