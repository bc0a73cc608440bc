using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsAnalysis.Web.Tests.Faults;

/// <summary>Small versions of bench/badinput's hostile files, each with the outcome the import must give it.</summary>
internal static class HostileFiles
{
    public static readonly string[] Stories =
    [
        "Council approves new library budget\n\nThe city council approved a budget of 4.2 million pounds for the new central library on Tuesday, the mayor said.\n\n\"This is a good day for readers,\" said councillor Ann Patel.\n",
        "Rail strike called off after talks\n\nUnion leaders called off Friday's rail strike after talks with the operator ended late on Wednesday.\n\nThe company said 12 routes would run as normal.\n",
        "Harbour reopens after storm damage\n\nThe harbour reopened on Monday, three weeks after a storm damaged its outer wall, port officials said.\n\nRepairs cost about 800,000 euros.\n",
        "School meals price to rise\n\nThe price of a school meal will rise by 20 pence from September, the education department announced.\n\nParents' groups said the rise was unfair.\n",
        "Museum finds lost painting in storage\n\nA painting missing for 60 years was found in a museum's own storage rooms, its director told reporters.\n",
    ];

    /// <summary>(file name, bytes); <see cref="Bad"/> and <see cref="Good"/> name the items they must give.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Files()
    {
        var files = new List<(string, byte[])>
        {
            ("empty.txt", []),
            ("binary.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 1, 2, 3, 0, 0, 0xFF, 0xFE, 7, 8]),
            ("nul-bytes.txt", Encoding.UTF8.GetBytes("Title\n\nText with a NUL \0 byte inside.\n")),
            ("bad-utf8-bom.txt", [0xEF, 0xBB, 0xBF, (byte)'T', (byte)'i', 0xFF, 0xFE, (byte)'x']),
            ("program.exe", [(byte)'M', (byte)'Z', 0, 0, 1]),
            ("malformed.json", Encoding.UTF8.GetBytes("{\"title\": \"Half an object\", \"text\": ")),
            ("no-text.json", Encoding.UTF8.GetBytes("{\"title\": \"Only a title\"}")),
            ("not-a-feed.xml", Encoding.UTF8.GetBytes("<rss><channel><item><title>Unclosed")),
            ("bomb.zip", Zip(("bomb.txt", new byte[3 * 1024 * 1024]))),
            ("hostile.zip", Zip(("../escape.txt", Encoding.UTF8.GetBytes(Stories[0])), ("fine/article.txt", Encoding.UTF8.GetBytes(Stories[1])))),
            ("good.txt", Encoding.UTF8.GetBytes(Stories[2])),
            ("same-again.txt", Encoding.UTF8.GetBytes(Stories[2])),
            ("windows-1252.txt", Encoding.Latin1.GetBytes(Stories[3].Replace("20 pence", "£0.20", StringComparison.Ordinal))),
            ("nested.html", Encoding.UTF8.GetBytes(
                "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 5000)) + "<h1>Museum</h1><p>" + Stories[4].Replace("\n", " ", StringComparison.Ordinal) + "</p>"
                + string.Concat(Enumerable.Repeat("</div>", 5000)) + "</body></html>")),
            ("big.jsonl", Encoding.UTF8.GetBytes(JsonLines())),
        };
        return files;
    }

    /// <summary>Item-name prefixes that must end failed with a reason.</summary>
    public static readonly string[] Bad =
    [
        "empty.txt", "binary.txt", "nul-bytes.txt", "bad-utf8-bom.txt", "program.exe", "malformed.json", "no-text.json",
        "not-a-feed.xml", "bomb.zip/bomb.txt", "hostile.zip/../escape.txt",
    ];

    /// <summary>Item-name prefixes that must end stored (imported, or duplicate of a stored text).</summary>
    public static readonly string[] Good =
    [
        "hostile.zip/fine/article.txt", "good.txt", "same-again.txt", "windows-1252.txt", "nested.html", "big.jsonl line 1:",
    ];

    public const int JsonLineCount = 2000;

    private static string JsonLines()
    {
        string[] broken = ["{\"title\": \"cut", "[1, 2, 3]", "{\"title\": \"No text here\"}", "{\"title\": \"x\", \"text\": {\"p\": 1}}", "not json"];
        var lines = new StringBuilder();
        for (var i = 0; i < JsonLineCount; i++)
        {
            lines.Append(i == 0 ? JsonSerializer.Serialize(new { title = "Line record", text = Stories[0] }) : broken[i % broken.Length]).Append('\n');
        }

        return lines.ToString();
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }
}
