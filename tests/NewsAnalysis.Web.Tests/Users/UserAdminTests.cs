using System.Net;
using NewsAnalysis.TestSupport;
using NewsAnalysis.Web.Tests.Claims;
using static NewsAnalysis.TestSupport.LoggedInClient;

namespace NewsAnalysis.Web.Tests.Users;

public sealed class UserAdminTests(WebFixture web) : WebTest(web)
{
    private static string RowForm(AngleSharp.Html.Dom.IHtmlDocument page, string email, string handler) =>
        $"tr[data-user='{email}'] form[action*='handler={handler}']";

    [Fact]
    public async Task An_admin_adds_a_user_who_can_then_log_in_with_the_role_given()
    {
        var admin = await LogInAsync(Web.Factory, "admin@newsanalysis.local", Password);
        var added = await Forms.PostAsync(admin, "/Admin/Users", "form.add-user", new Dictionary<string, string>
        {
            ["Email"] = "new.editor@paper.example",
            ["DisplayName"] = "New Editor",
            ["Password"] = "a-good-long-password1",
            ["Role"] = "Editor",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var user = await LogInAsync(Web.Factory, "new.editor@paper.example", "a-good-long-password1");
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync(new Uri("/Claims/Queue", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await user.GetAsync(new Uri("/Admin", UriKind.Relative))).StatusCode);

        var page = await GetDocumentAsync(admin, "/Admin/Users");
        Assert.Equal("Editor", page.QuerySelector("tr[data-user='new.editor@paper.example'] select option[selected]")!.TextContent);
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_reason()
    {
        var admin = await LogInAsync(Web.Factory, "admin@newsanalysis.local", Password);
        var response = await Forms.PostAsync(admin, "/Admin/Users", "form.add-user", new Dictionary<string, string>
        {
            ["Email"] = "weak@paper.example",
            ["Password"] = "short",
            ["Role"] = "Journalist",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("at least 10 characters", (await ParseAsync(response)).QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_a_role_and_disabling_an_account_take_effect()
    {
        var admin = await LogInAsync(Web.Factory, "admin@newsanalysis.local", Password);
        var page = await GetDocumentAsync(admin, "/Admin/Users");
        var promoted = await Forms.PostAsync(admin, page, "/Admin/Users", RowForm(page, "journalist@newsanalysis.local", "Role"), new Dictionary<string, string> { ["Role"] = "Editor" });
        Assert.Equal(HttpStatusCode.Redirect, promoted.StatusCode);
        var journalist = await LogInAsync(Web.Factory, "journalist@newsanalysis.local", Password);
        Assert.Equal(HttpStatusCode.OK, (await journalist.GetAsync(new Uri("/Claims/Queue", UriKind.Relative))).StatusCode);

        page = await GetDocumentAsync(admin, "/Admin/Users");
        var disabled = await Forms.PostAsync(admin, page, "/Admin/Users", RowForm(page, "editor@newsanalysis.local", "Disable"), new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => LogInAsync(Web.Factory, "editor@newsanalysis.local", Password));
        page = await GetDocumentAsync(admin, "/Admin/Users");
        Assert.NotNull(page.QuerySelector("tr[data-user='editor@newsanalysis.local'] .disabled"));

        var enabled = await Forms.PostAsync(admin, page, "/Admin/Users", RowForm(page, "editor@newsanalysis.local", "Enable"), new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        await LogInAsync(Web.Factory, "editor@newsanalysis.local", Password);
    }

    [Fact]
    public async Task An_admin_cannot_demote_themselves()
    {
        var admin = await LogInAsync(Web.Factory, "admin@newsanalysis.local", Password);
        var page = await GetDocumentAsync(admin, "/Admin/Users");
        var response = await Forms.PostAsync(admin, page, "/Admin/Users", RowForm(page, "admin@newsanalysis.local", "Role"), new Dictionary<string, string> { ["Role"] = "Journalist" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("own admin role", (await ParseAsync(response)).QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(RowForm(page, "admin@newsanalysis.local", "Disable")));
    }
}
