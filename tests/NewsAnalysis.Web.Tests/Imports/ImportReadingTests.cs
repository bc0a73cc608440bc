using System.IO.Compression;
using System.Text;
using NewsAnalysis.Data.Imports;

namespace NewsAnalysis.Web.Tests.Imports;

/// <summary>Reading uploads, without a database: every bad input becomes an item error with its reason.</summary>
public sealed class ImportReadingTests
{
    private static readonly ImportLimits Limits = new() { MaxArticleBytes = 64 * 1024 };

    public static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    [Fact]
    public void A_pound_sign_in_windows_1252_is_read_with_a_warning()
    {
        // "costs £5" with the pound as the single Windows-1252 byte 0xA3, as in a BBC corpus file.
        var bytes = Encoding.ASCII.GetBytes("It costs ").Concat(new byte[] { 0xA3 }).Concat(Encoding.ASCII.GetBytes("5 now.")).ToArray();
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal("It costs £5 now.", decoded.Text);
        Assert.Contains("0xA3 at offset 9", decoded.Warning, StringComparison.Ordinal);
        Assert.Contains("Windows-1252", decoded.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Byte_order_marks_decide_the_encoding()
    {
        Assert.Equal("Zürich", TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Zürich")]).Text);
        Assert.Equal("Zürich", TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Zürich")]).Text);
        var utf8 = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Zürich")]);
        Assert.Equal("Zürich", utf8.Text);
        Assert.Null(utf8.Warning);
    }

    [Fact]
    public void Binary_and_empty_input_is_refused()
    {
        Assert.Contains("binary", Assert.Throws<ImportException>(() => TextDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02])).Message, StringComparison.Ordinal);
        Assert.Contains("empty", Assert.Throws<ImportException>(() => TextDecoder.Decode([])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalising_keeps_one_newline_form_and_trims_only_the_edges()
    {
        Assert.Equal("Title\n\nFirst line.\nSecond\tline.", TextNormalizer.Normalize("\uFEFF  \r\nTitle  \r\n\r\nFirst line.\rSecond\tline.\u0007\n\n"));
    }

    [Fact]
    public void A_zip_with_a_path_outside_or_a_bomb_fails_those_entries_only()
    {
        var bomb = new byte[8 * 1024 * 1024];
        var zip = Zip(
            ("good.txt", Encoding.UTF8.GetBytes("Headline\n\nBody text.")),
            ("../evil.txt", Encoding.UTF8.GetBytes("escape")),
            ("/abs.txt", Encoding.UTF8.GetBytes("absolute")),
            ("bomb.txt", bomb),
            ("nested/second.txt", Encoding.UTF8.GetBytes("Second\n\nMore text.")));
        var items = new ImportUnpacker(new ImportLimits()).Unpack("upload.zip", zip);

        Assert.Equal(["upload.zip/good.txt", "upload.zip/../evil.txt", "upload.zip//abs.txt", "upload.zip/bomb.txt", "upload.zip/nested/second.txt"], items.Select(i => i.Name));
        Assert.Null(items[0].Error);
        Assert.Contains("unsafe path", items[1].Error, StringComparison.Ordinal);
        Assert.Contains("unsafe path", items[2].Error, StringComparison.Ordinal);
        Assert.Contains("limit", items[3].Error, StringComparison.Ordinal);
        Assert.Null(items[4].Error);
    }

    [Fact]
    public void A_zip_whose_entry_lies_about_its_size_is_cut_off_at_the_limit()
    {
        var limits = new ImportLimits { MaxArticleBytes = 1024 * 1024, MaxZipCompressionRatio = 1_000_000 };
        var items = new ImportUnpacker(limits).Unpack("bomb.zip", Zip(("zeros.txt", new byte[3 * 1024 * 1024])));
        Assert.Contains("limit", Assert.Single(items).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_go_on_after_a_malformed_line()
    {
        var jsonl = Encoding.UTF8.GetBytes("""
            {"title":"One","text":"First text.","source":"Wire","url":"https://example.org/1","published":"2026-03-01T10:00:00+02:00"}
            {"title":"Two", "text":
            {"title":"Three","text":"Third text."}
            [1,2]
            """);
        var items = new ImportUnpacker(Limits).Unpack("feed.jsonl", jsonl);
        Assert.Equal(4, items.Count);
        Assert.Null(items[0].Error);
        Assert.Contains("malformed JSON", items[1].Error, StringComparison.Ordinal);
        Assert.Null(items[2].Error);
        Assert.Contains("expected a JSON object", items[3].Error, StringComparison.Ordinal);

        var draft = new ImportItemReader(Limits).Read(items[0].Name, items[0].Format, items[0].Payload);
        Assert.Equal(("One", "First text.", "Wire", "https://example.org/1"), (draft.Title, draft.Body, draft.SourceName, draft.SourceUrl));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), draft.PublishedAt);
    }

    [Fact]
    public void Malformed_json_xml_and_unknown_files_are_item_errors()
    {
        var unpacker = new ImportUnpacker(Limits);
        Assert.Contains("malformed JSON", Assert.Single(unpacker.Unpack("a.json", "{\"title\": "u8.ToArray())).Error, StringComparison.Ordinal);
        Assert.Contains("RSS or Atom", Assert.Single(unpacker.Unpack("feed.xml", "<rss><channel><item>"u8.ToArray())).Error, StringComparison.Ordinal);
        Assert.Contains("unsupported file type", Assert.Single(unpacker.Unpack("photo.png", [1, 2, 3])).Error, StringComparison.Ordinal);
        Assert.Contains("empty file", Assert.Single(unpacker.Unpack("empty.txt", [])).Error, StringComparison.Ordinal);
        Assert.Contains("limit per article", Assert.Single(unpacker.Unpack("big.txt", new byte[Limits.MaxArticleBytes + 1])).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_gives_its_main_text_without_scripts()
    {
        var html = """
            <html><head><title>Dam report</title><script>alert('x')</script></head>
            <body><nav>Home | News</nav><article><h1>Dam report</h1>
            <p>The dam broke at night, officials said. Engineers had warned of cracks for months, according to the report.</p>
            <p>About 1,200 homes were flooded and 40 people were rescued by boat from the rooftops of the lower town.</p>
            <script>document.write('injected')</script></article></body></html>
            """;
        var draft = new ImportItemReader(Limits).Read("dam.html", ImportFormats.Html, Encoding.UTF8.GetBytes(html));
        Assert.Equal("Dam report", draft.Title);
        Assert.Contains("The dam broke at night, officials said.", draft.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", draft.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("injected", draft.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_file_puts_its_first_line_in_the_title()
    {
        var draft = new ImportItemReader(Limits).Read("sport/1.txt", ImportFormats.Text, "Claxton hunting first major medal\r\n\r\nBritish hurdler Sarah Claxton is confident.\r\n"u8.ToArray());
        Assert.Equal("Claxton hunting first major medal", draft.Title);
        Assert.Equal("British hurdler Sarah Claxton is confident.", draft.Body);
    }
}
