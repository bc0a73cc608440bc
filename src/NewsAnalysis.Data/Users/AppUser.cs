using Microsoft.AspNetCore.Identity;

namespace NewsAnalysis.Data.Users;

/// <summary>A newsroom member who signs in; roles say what they may do (<see cref="Roles"/>).</summary>
public class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
