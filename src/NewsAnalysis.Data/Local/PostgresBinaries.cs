using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsAnalysis.Data.Local;

/// <summary>The PostgreSQL server programs (initdb, pg_ctl) found on this machine, and their major version.</summary>
public sealed partial record PostgresBinaries(string Folder, int MajorVersion)
{
    public const string InstallHint =
        "Install the PostgreSQL server (Debian/Ubuntu: sudo apt-get install postgresql; Fedora: sudo dnf install postgresql-server; " +
        "macOS: brew install postgresql@16), or set PG_BIN to the folder holding initdb and pg_ctl, " +
        "or configure an existing database with ConnectionStrings__News";

    public string InitDb => Path.Combine(Folder, "initdb");

    public string PgCtl => Path.Combine(Folder, "pg_ctl");

    /// <summary>
    /// <paramref name="pgBin"/> or PG_BIN first, then (unless <paramref name="searchPath"/> is false) PATH, the newest
    /// /usr/lib/postgresql/*/bin and the usual package folders.
    /// </summary>
    public static PostgresBinaries? Find(string? pgBin = null, bool searchPath = true)
    {
        var candidates = Candidates(pgBin ?? Environment.GetEnvironmentVariable("PG_BIN"));
        foreach (var folder in searchPath ? candidates : candidates.Take(string.IsNullOrWhiteSpace(pgBin) ? 0 : 1))
        {
            if (File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")))
            {
                var major = ReadMajorVersion(Path.Combine(folder, "pg_ctl"));
                if (major is not null)
                {
                    return new PostgresBinaries(folder, major.Value);
                }
            }
        }

        return null;
    }

    public static PostgresBinaries FindOrThrow(string? pgBin = null, bool searchPath = true) =>
        Find(pgBin, searchPath) ?? throw new LocalPostgresException($"No PostgreSQL server programs (initdb, pg_ctl) found. {InstallHint}.");

    private static IEnumerable<string> Candidates(string? pgBin)
    {
        if (!string.IsNullOrWhiteSpace(pgBin))
        {
            yield return pgBin;
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            // PATH usually holds Debian's pg_ctl wrapper links; follow them to the real folder.
            var pgCtl = new FileInfo(Path.Combine(folder, "pg_ctl"));
            if (pgCtl.Exists)
            {
                var target = pgCtl.ResolveLinkTarget(returnFinalTarget: true);
                yield return target is null ? folder : Path.GetDirectoryName(target.FullName)!;
            }
        }

        foreach (var root in new[] { "/usr/lib/postgresql", "/usr/pgsql", "/opt/homebrew/opt", "/usr/local/opt" })
        {
            if (!Directory.Exists(root))
            {
                continue;
            }

            var versions = Directory.GetDirectories(root)
                .Select(d => (Folder: Path.Combine(d, "bin"), Version: VersionOf(Path.GetFileName(d))))
                .OrderByDescending(v => v.Version);
            foreach (var version in versions)
            {
                yield return version.Folder;
            }
        }

        yield return "/usr/local/bin";
        yield return "/usr/bin";
    }

    private static int VersionOf(string folderName)
    {
        var digits = DigitsPattern().Match(folderName);
        return digits.Success ? int.Parse(digits.Value, CultureInfo.InvariantCulture) : 0;
    }

    private static int? ReadMajorVersion(string pgCtl)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(pgCtl, "--version")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var match = VersionPattern().Match(output);
            return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\(PostgreSQL\)\s+(\d+)")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsPattern();
}
