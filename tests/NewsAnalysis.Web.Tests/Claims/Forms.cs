using AngleSharp.Html.Dom;
using NewsAnalysis.TestSupport;

namespace NewsAnalysis.Web.Tests.Claims;

/// <summary>Posts one chosen form of a page as a browser would: its fields, the given values, its antiforgery token.</summary>
public static class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string formSelector, IReadOnlyDictionary<string, string> fields)
    {
        var page = await LoggedInClient.GetDocumentAsync(client, url);
        return await PostAsync(client, page, url, formSelector, fields);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, IHtmlDocument page, string url, string formSelector, IReadOnlyDictionary<string, string> fields)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"{url} has no form {formSelector}");
        var values = Values(form);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(Action(form, url), UriKind.Relative), content);
    }

    public static Dictionary<string, string> Values(IHtmlFormElement form)
    {
        var values = new Dictionary<string, string>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is not ("submit" or "file")))
        {
            values.TryAdd(input.Name!, input.Value);
        }

        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name)))
        {
            values.TryAdd(select.Name!, select.Value ?? string.Empty);
        }

        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>().Where(t => !string.IsNullOrEmpty(t.Name)))
        {
            values.TryAdd(area.Name!, area.Value);
        }

        return values;
    }

    /// <summary>The form's action as a relative URL (AngleSharp resolves it against about:blank otherwise).</summary>
    public static string Action(IHtmlFormElement form, string pageUrl)
    {
        var action = form.GetAttribute("action");
        return string.IsNullOrEmpty(action) ? pageUrl : action;
    }
}
