using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using NewsAnalysis.Data.Imports;
using NewsAnalysis.TestSupport;

namespace NewsAnalysis.Cli.Tests.Import;

[Collection(CliPostgresCollection.Name)]
public sealed class ImportCommandTests(PostgresFixture database) : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsanalysis-import-").FullName;

    public Task InitializeAsync() => database.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int Exit, string Errors)> RunAsync(params string[] args)
    {
        var errors = new StringWriter();
        var original = Console.Error;
        Console.SetError(errors);
        try
        {
            var exit = await CommandLine.RunAsync(["import", .. args, "--connection", database.ConnectionString]);
            return (exit, errors.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }

    [Fact]
    public async Task A_folder_is_imported_with_duplicates_and_bad_files_reported()
    {
        var sport = Directory.CreateDirectory(Path.Combine(_folder, "sport")).FullName;
        await File.WriteAllTextAsync(Path.Combine(sport, "001.txt"), "Claxton wins\n\nSarah Claxton won the 60m hurdles, her coach said.\n");
        await File.WriteAllTextAsync(Path.Combine(sport, "002.txt"), "Claxton wins\n\nSarah Claxton won the 60m hurdles, her coach said.\n");
        await File.WriteAllBytesAsync(Path.Combine(sport, "003.txt"), [.. "Ticket prices\n\nSeats cost "u8.ToArray(), 0xA3, .. "40, the club said."u8.ToArray()]);
        await File.WriteAllBytesAsync(Path.Combine(sport, "004.txt"), []);

        var (exit, errors) = await RunAsync(_folder);

        Assert.Equal(1, exit);
        Assert.Contains("[##############################] 4/4", errors, StringComparison.Ordinal);
        Assert.Contains("2 imported, 1 duplicates, 1 failed", errors, StringComparison.Ordinal);
        Assert.Contains("sport/004.txt: empty file", errors, StringComparison.Ordinal);
        Assert.Contains("sport/003.txt: warning: not valid UTF-8 (byte 0xA3", errors, StringComparison.Ordinal);

        await using var db = database.CreateContext();
        var bodies = await db.Articles.OrderBy(a => a.Title).Select(a => a.Body).ToListAsync();
        Assert.Equal(["Sarah Claxton won the 60m hurdles, her coach said.", "Seats cost £40, the club said."], bodies);
        Assert.True(await db.Claims.AnyAsync());
        var batch = await db.ImportBatches.SingleAsync();
        Assert.Equal(("cli", ImportStatus.Completed), (batch.Kind, batch.Status));
    }

    [Fact]
    public async Task A_zip_runs_through_the_same_checks_and_a_clean_import_exits_zero()
    {
        var zipPath = Path.Combine(_folder, "upload.zip");
        await using (var zip = await ZipFile.OpenAsync(zipPath, ZipArchiveMode.Create))
        {
            await using (var entry = await zip.CreateEntry("a/one.txt").OpenAsync())
            {
                await entry.WriteAsync("Bridge closed\n\nThe bridge closed on Monday, police said."u8.ToArray());
            }

            await using (var evil = await zip.CreateEntry("../evil.txt").OpenAsync())
            {
                await evil.WriteAsync("Evil\n\nOutside the folder."u8.ToArray());
            }
        }

        var (exit, errors) = await RunAsync(zipPath);
        Assert.Equal(1, exit);
        Assert.Contains("upload.zip/../evil.txt: unsafe path", errors, StringComparison.Ordinal);

        var clean = Path.Combine(_folder, "clean.jsonl");
        await File.WriteAllTextAsync(clean, """{"title":"Tram line","text":"The tram line opens in May, the city said.","url":"https://example.org/tram"}""" + "\n");
        var (cleanExit, _) = await RunAsync(clean);
        Assert.Equal(0, cleanExit);
        await using var db = database.CreateContext();
        Assert.Equal("https://example.org/tram", (await db.Articles.SingleAsync(a => a.Title == "Tram line")).SourceUrl);
    }

    [Fact]
    public async Task Without_a_database_or_paths_it_says_what_is_missing()
    {
        var errors = new StringWriter();
        var original = Console.Error;
        Console.SetError(errors);
        try
        {
            Assert.Equal(2, await CommandLine.RunAsync(["import", "--connection", database.ConnectionString]));
            Assert.Equal(2, await CommandLine.RunAsync(["import", Path.Combine(_folder, "missing.txt"), "--connection", database.ConnectionString]));
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.Contains("give at least one file or folder", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("does not exist", errors.ToString(), StringComparison.Ordinal);
    }
}
