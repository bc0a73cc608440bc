using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsAnalysis.Data.Users;
using NewsAnalysis.Web.Users;

namespace NewsAnalysis.Web.Pages.Admin.Users;

/// <summary>Users: add, set role, disable and enable (admins, by the /Admin convention).</summary>
public sealed class IndexModel(UserAdministration administration, UserManager<AppUser> users) : PageModel
{
    public IReadOnlyList<UserAdministration.UserRow> Rows { get; private set; } = [];

    public string? CurrentUserId { get; private set; }

    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    [EmailAddress]
    public string? Email { get; set; }

    [BindProperty]
    [StringLength(200)]
    public string? DisplayName { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [BindProperty]
    public string Role { get; set; } = Roles.Journalist;

    [BindProperty]
    public string? UserId { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(string.Empty, "Give an email and a password.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        return await DoneAsync(await administration.AddAsync(Email!.Trim(), DisplayName, Password!, Role), $"Added {Email}.", cancellationToken);
    }

    public async Task<IActionResult> OnPostRoleAsync(CancellationToken cancellationToken) =>
        await DoneAsync(await administration.SetRoleAsync(UserId ?? string.Empty, Role, users.GetUserId(User)!), "Role changed.", cancellationToken);

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) =>
        await DoneAsync(await administration.SetDisabledAsync(UserId ?? string.Empty, true, users.GetUserId(User)!), "Account disabled.", cancellationToken);

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) =>
        await DoneAsync(await administration.SetDisabledAsync(UserId ?? string.Empty, false, users.GetUserId(User)!), "Account enabled.", cancellationToken);

    private async Task<IActionResult> DoneAsync(IReadOnlyList<string> problems, string message, CancellationToken cancellationToken)
    {
        if (problems.Count == 0)
        {
            Message = message;
            return RedirectToPage();
        }

        foreach (var problem in problems)
        {
            ModelState.AddModelError(string.Empty, problem);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Rows = await administration.ListAsync(cancellationToken);
        CurrentUserId = users.GetUserId(User);
    }
}
