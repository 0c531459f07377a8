using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace SearchAbstracts.Cli.Tests;

/// <summary>Publishes the CLI once per test run (Release, into a temp folder), shared through <see cref="PublishedCliCollection"/>.</summary>
public sealed class PublishedCliFixture : IDisposable
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(5);

    public PublishedCliFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "sa-cli-e2e-" + Guid.NewGuid().ToString("N"));
        var bin = Path.Combine(Root, "bin");
        var project = Path.Combine(TempWorkspace.RepoRoot, "src", "SearchAbstracts.Cli");
        // Release uses its own obj/ and bin/ folders, so the Debug build the tests run from is left alone;
        // --disable-build-servers leaves no MSBuild node or compiler server running after the tests.
        var publish = ProcessRunner.Run(
            ProcessRunner.DotnetHost,
            ["publish", project, "-c", "Release", "-o", bin, "--nologo", "--disable-build-servers"],
            TempWorkspace.RepoRoot,
            PublishTimeout);
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed; {publish}");
        }
        Executable = Path.Combine(bin, OperatingSystem.IsWindows() ? "search-abstracts.exe" : "search-abstracts");
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"dotnet publish did not produce {Executable}; {publish}");
        }
    }

    public string Root { get; }

    /// <summary>The published apphost, <c>search-abstracts</c>.</summary>
    public string Executable { get; }

    /// <summary>Runs the published binary in <paramref name="workingDirectory"/> with NO_COLOR=1 and redirected output.</summary>
    internal CliResult Run(string workingDirectory, params string[] args)
    {
        var result = ProcessRunner.Run(Executable, args, workingDirectory, TimeSpan.FromMinutes(1), new() { ["NO_COLOR"] = "1" });
        return new CliResult(result.ExitCode, result.Out, result.Error);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>
/// The test classes that run the published binary: one collection, so the publish happens once and their child
/// processes (several of them timing-sensitive) never compete with each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PublishedCliCollection : ICollectionFixture<PublishedCliFixture>
{
    public const string Name = "published cli";
}

/// <summary>The real published <c>search-abstracts</c> binary, run as a separate process from a fresh folder.</summary>
[Collection(PublishedCliCollection.Name)]
public sealed class EndToEndTests : IDisposable
{
    private readonly PublishedCliFixture _cli;
    private readonly TempWorkspace _workspace = new();

    public EndToEndTests(PublishedCliFixture cli) => _cli = cli;

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Binary_FirstSearchInFreshFolder_BuildsFromSeedsThenAnswersAndWritesJson()
    {
        var first = _cli.Run(_workspace.Path, "search", "quantization", "--color", "never");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("building it from seeds/ first", first.Error, StringComparison.Ordinal);
        var hit = first.OutLines.First(l => l.StartsWith(" 1. ", StringComparison.Ordinal));
        Assert.Equal(Seed.QuantizationSurvey, hit[4..].Replace("**", "", StringComparison.Ordinal));
        Assert.Contains("**quantization**", first.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", first.Out, StringComparison.Ordinal);
        Assert.True(Directory.Exists(_workspace.IndexPath));

        var json = _cli.Run(_workspace.Path, "search", "quantization", "--format", "json");

        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.DoesNotContain("building", json.Error, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal(1, document.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(Seed.QuantizationSurvey, document.RootElement.GetProperty("hits")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Binary_ColorAutoWithNoColorSetAndRedirectedOutput_WritesNoEscapeCodes()
    {
        var result = _cli.Run(_workspace.Path, "search", "quantization");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("\u001b", result.Out, StringComparison.Ordinal);
        Assert.Contains("**quantization**", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_Help_ListsTheFourCommands()
    {
        var result = _cli.Run(_workspace.Path, "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        var commands = result.Out[result.Out.IndexOf("Commands:", StringComparison.Ordinal)..];
        foreach (var command in new[] { "index", "search", "show", "stats" })
        {
            Assert.Matches($@"(?m)^\s+{command}\b", commands);
        }
    }

    [Fact]
    public void Binary_UserError_ExitsOneWithOneLineOnStderr()
    {
        var index = _cli.Run(_workspace.Path, "index");
        Assert.True(index.ExitCode == 0, index.ToString());

        var result = _cli.Run(_workspace.Path, "search", "quantization", "--limit", "0");

        TempWorkspace.AssertOneLineError(result, 1, "limit must be between 1 and 10000, not 0");
    }

    /// <summary>
    /// The write lock must hold across processes, not only within one (the in-process case is in ErrorsTests).
    /// Lucene.Net's default NativeFSLockFactory opens write.lock with FileShare.Read, which .NET on Linux maps to a
    /// shared flock, so a second process gets the "lock" too and both write the index.
    /// </summary>
    [Fact]
    public void Binary_IndexLockedByAnotherProcess_ExitsTwoSayingLocked()
    {
        var dir = _workspace.In("shared-index");
        CliResult result;
        using (var index = AbstractsIndex.OpenOrCreate(dir))
        using (index.OpenWriter())
        {
            result = _cli.Run(_workspace.Path, "index", "seeds", "--index", dir);
        }

        TempWorkspace.AssertOneLineError(result, 2, "locked", dir);
        var retry = _cli.Run(_workspace.Path, "index", "seeds", "--index", dir);
        Assert.True(retry.ExitCode == 0, retry.ToString());
    }

    [Fact]
    public void Binary_NoIndexAndNoSeeds_ExitsTwo()
    {
        using var bare = new TempWorkspace(withSeeds: false);

        var result = _cli.Run(bare.Path, "stats");

        TempWorkspace.AssertOneLineError(result, 2, "no index at", "search-abstracts index");
    }
}

/// <summary>What a child process wrote and returned.</summary>
internal sealed record ProcessResult(int ExitCode, string Out, string Error, string CommandLine)
{
    public override string ToString() => $"`{CommandLine}` exited {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}

/// <summary>Runs a child process with captured output and a timeout.</summary>
internal static class ProcessRunner
{
    /// <summary>The <c>dotnet</c> host that runs these tests (or the one on PATH).</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static ProcessResult Run(
        string fileName, IReadOnlyList<string> args, string workingDirectory, TimeSpan timeout, Dictionary<string, string>? environment = null)
    {
        using var process = Process.Start(StartInfo(fileName, args, workingDirectory, environment))
            ?? throw new InvalidOperationException($"could not start {fileName}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var commandLine = $"{fileName} {string.Join(' ', args)}";
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"`{commandLine}` did not finish within {timeout}; output so far:\n{Partial(output)}\n{Partial(error)}");
        }
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult(), commandLine);
    }

    /// <summary>How to start <paramref name="fileName"/>: redirected streams, and an environment cleaned of the test host's settings.</summary>
    public static ProcessStartInfo StartInfo(
        string fileName, IReadOnlyList<string> args, string workingDirectory, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // `dotnet test` leaks its MSBuild settings into the test host; a nested `dotnet publish` must not inherit them.
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // The apphost finds the runtime through DOTNET_ROOT when .NET is not installed in a default location.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_ROOT")) && RuntimeRoot() is { } root)
        {
            start.Environment["DOTNET_ROOT"] = root;
        }
        foreach (var (key, value) in environment ?? [])
        {
            start.Environment[key] = value;
        }
        return start;
    }

    private static string Partial(Task<string> text) => text.IsCompletedSuccessfully ? text.Result : "(still being written)";

    /// <summary>The folder holding the dotnet host of this runtime: …/shared/Microsoft.NETCore.App/VERSION/ is three levels down.</summary>
    private static string? RuntimeRoot()
    {
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar));
        return runtime.Parent?.Parent?.Parent?.FullName;
    }
}
