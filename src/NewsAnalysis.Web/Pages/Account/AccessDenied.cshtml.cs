using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsAnalysis.Web.Pages.Account;

public sealed class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
