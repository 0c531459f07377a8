using System.Text.Json;

namespace SearchAbstracts.Cli.Tests;

/// <summary>What one in-process run of the CLI produced.</summary>
/// <param name="ExitCode">The value <see cref="CliApp.Run"/> returned.</param>
/// <param name="Out">Everything written to stdout.</param>
/// <param name="Error">Everything written to stderr.</param>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>The non-blank lines written to stderr.</summary>
    public IReadOnlyList<string> ErrorLines => Lines(Error);

    /// <summary>The non-blank lines written to stdout.</summary>
    public IReadOnlyList<string> OutLines => Lines(Out);

    /// <summary>Stdout parsed as JSON (the caller disposes it).</summary>
    public JsonDocument Json() => JsonDocument.Parse(Out);

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";

    private static string[] Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToArray();
}

/// <summary>
/// A temp folder holding a copy of the repository's <c>seeds/</c>, used as the CLI's working directory so the
/// default <c>index/</c> and <c>seeds/</c> resolve inside it; deleted on dispose. One per test: tests are hermetic.
/// </summary>
internal sealed class TempWorkspace : IDisposable
{
    public const string Prefix = "search-abstracts: error: ";

    private static readonly Lazy<string> Root = new(FindRepoRoot);

    public TempWorkspace(bool withSeeds = true)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sa-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        if (withSeeds)
        {
            CopyDirectory(SeedsSource, System.IO.Path.Combine(Path, "seeds"));
        }
    }

    /// <summary>The folder holding <c>SearchAbstracts.sln</c>.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The checked-in <c>seeds/</c> folder.</summary>
    public static string SeedsSource => System.IO.Path.Combine(RepoRoot, "seeds");

    /// <summary>The workspace folder (the CLI's working directory).</summary>
    public string Path { get; }

    /// <summary>The default index folder of the workspace.</summary>
    public string IndexPath => In("index");

    /// <summary>An absolute path inside the workspace.</summary>
    public string In(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Runs the CLI in-process with colour off (as when stdout is not a terminal or NO_COLOR is set).</summary>
    public CliResult Run(params string[] args) => RunWithColor(false, args);

    /// <summary>Runs the CLI in-process, telling it whether stdout is a colour terminal.</summary>
    public CliResult RunWithColor(bool color, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, color) { WorkingDirectory = Path };
        var code = CliApp.Run(args, console);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Builds the default index from the workspace's seeds, so later runs start with a quiet stderr.</summary>
    public CliResult BuildIndex(params string[] extra)
    {
        var result = Run(["index", "seeds", .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    public string WriteFile(string relative, string text) => WriteFile(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteFile(string relative, byte[] bytes)
    {
        var full = In(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>The seed listing's text.</summary>
    public static string SeedText() =>
        File.ReadAllText(Directory.EnumerateFiles(SeedsSource, "*.txt").Order(StringComparer.Ordinal).First());

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Path))
            {
                // The seed file is checked in read-only; Windows refuses to delete read-only files.
                foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
                {
                    File.SetAttributes(file, FileAttributes.Normal);
                }
                Directory.Delete(Path, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a file still held open (e.g. by a failed test) must not fail the test run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Asserts the run failed with <paramref name="exitCode"/> and exactly one stderr line, the CLI's error line.</summary>
    public static string AssertOneLineError(CliResult result, int exitCode, params string[] fragments)
    {
        Assert.True(result.ExitCode == exitCode, $"expected exit {exitCode}; {result}");
        AssertNoStackTrace(result);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith(Prefix, line, StringComparison.Ordinal);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, line, StringComparison.Ordinal);
        }
        return line;
    }

    /// <summary>No line of either stream looks like a .NET stack trace frame or an unhandled-exception banner.</summary>
    public static void AssertNoStackTrace(CliResult result)
    {
        foreach (var text in new[] { result.Error, result.Out })
        {
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("internal error", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetFileName(file));
            File.Copy(file, target);
            File.SetAttributes(target, FileAttributes.Normal);
        }
        foreach (var dir in Directory.EnumerateDirectories(from))
        {
            CopyDirectory(dir, System.IO.Path.Combine(to, System.IO.Path.GetFileName(dir)));
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SearchAbstracts.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"SearchAbstracts.sln not found above {AppContext.BaseDirectory}");
    }
}

/// <summary>Titles and ids of the seed papers the tests refer to.</summary>
internal static class Seed
{
    public const int Papers = 8;
    public const string QuantizationSurvey = "A Survey of Quantization in LLM: Unlocking Potential Hardware Efficiency";
    public const string QuantizationSurveyId = "journal-of-computer-science-and-technology-2026-41-1-341";
    public const string MoeSurvey = "A Survey on Accelerated Technologies for Mixture-of-Experts Model Training Systems";
    public const string Flexpipe = "Accelerating Distributed Training of Large Concurrent-Branch Models through Bidirectional Pipeline Coordination";
    public const string BigData = "Big Data Mining and Analytics";
    public const string TsinghuaScience = "Tsinghua Science and Technology";
    public const string Jcst = "Journal of Computer Science and Technology";
    public const string TsinghuaUniversity = "Journal of Tsinghua University (Science and Technology)";

    /// <summary>Venue counts over all seed papers, most first, then by name (ordinal).</summary>
    public static readonly (string Venue, int Count)[] VenueCounts =
    [
        (BigData, 3),
        (Jcst, 2),
        (TsinghuaScience, 2),
        (TsinghuaUniversity, 1),
    ];
}
