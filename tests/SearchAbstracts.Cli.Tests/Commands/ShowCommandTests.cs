namespace SearchAbstracts.Cli.Tests.Commands;

/// <summary><c>show ID</c>: one whole record, by the id search prints.</summary>
public sealed class ShowCommandTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Show_IdFromSearch_PrintsTheWholeRecord()
    {
        _workspace.BuildIndex();
        using var found = _workspace.Run("search", "mixture", "of", "experts", "--format", "json").Json();
        var hit = found.RootElement.GetProperty("hits")[0];
        var id = hit.GetProperty("id").GetString()!;

        var result = _workspace.Run("show", id);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        var lines = result.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(Seed.MoeSurvey, lines[0]);
        Assert.Equal(
            $"{Seed.TsinghuaScience} · 2026 · 31(3): 1411-1439 · 2025-12-19 · review · open access · PDF 1.4 MB · 488 downloads",
            lines[1]);
        Assert.Contains($"id: {id}", lines);
        // The whole abstract, not a snippet: its first and last sentences, unabridged.
        var abstractText = hit.GetProperty("abstract").GetString()!;
        Assert.Contains(abstractText, result.Out, StringComparison.Ordinal);
        Assert.Contains("Mixture-of-Experts (MoE) models have emerged", result.Out, StringComparison.Ordinal);
        Assert.Contains("next-generation MoE training systems.", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("…", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Record_NamesTheFileItWasReadFrom()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("show", Seed.QuantizationSurveyId);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.StartsWith("source: ", StringComparison.Ordinal) && l.EndsWith(".txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_UnknownId_FailsWithExitOneNamingTheId()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("show", "no-such-paper-2024-1-1-1");

        TempWorkspace.AssertOneLineError(result, 1, "'no-such-paper-2024-1-1-1'");
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Show_NoIndexYet_BuildsFromSeedsFirst()
    {
        var result = _workspace.Run("show", Seed.QuantizationSurveyId);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("building it from seeds/ first", result.Error, StringComparison.Ordinal);
        Assert.StartsWith(Seed.QuantizationSurvey, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_MissingIndexOption_FailsWithExitTwo()
    {
        var result = _workspace.Run("show", Seed.QuantizationSurveyId, "--index", "elsewhere");

        TempWorkspace.AssertOneLineError(result, 2, "no index at", "elsewhere");
    }
}
