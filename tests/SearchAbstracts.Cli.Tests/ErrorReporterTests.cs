using SearchAbstracts.Cli.Commands;

namespace SearchAbstracts.Cli.Tests;

/// <summary>The one place exceptions become a one-line message and an exit code.</summary>
public sealed class ErrorReporterTests
{
    [Fact]
    public void Report_InvalidRequest_ExitsOneWithPrefixedMessage()
    {
        var (code, line) = Report(new InvalidRequestException("limit must be between 1 and 10000, not 0"));

        Assert.Equal(1, code);
        Assert.Equal("search-abstracts: error: limit must be between 1 and 10000, not 0", line);
    }

    [Fact]
    public void Report_DiskFull_ExitsTwoSayingNothingWasLostAndTheFix()
    {
        // What Lucene.Net's writer throws when the disk fills (see Reliability/DamagedIndexTests for the real thing).
        var (code, line) = Report(new IOException("No space left on device : '/data/idx/_1.fdt'", 28));

        Assert.Equal(2, code);
        Assert.Equal("search-abstracts: error: not enough disk space (No space left on device : '/data/idx/_1.fdt'); nothing was lost: "
            + "the index still holds its last commit. Free some space and run the same command again (unchanged papers are skipped)", line);
    }

    [Fact]
    public void Report_UsageException_ExitsOne()
    {
        var (code, line) = Report(new UsageException("--year takes FROM..TO"));

        Assert.Equal(1, code);
        Assert.Equal("search-abstracts: error: --year takes FROM..TO", line);
    }

    [Fact]
    public void Report_IndexUnavailable_ExitsTwoWithMessageAndFix()
    {
        var (code, line) = Report(new IndexUnavailableException(IndexProblem.Locked, "idx", "the index at 'idx' is locked", "wait and retry"));

        Assert.Equal(2, code);
        Assert.Equal("search-abstracts: error: the index at 'idx' is locked; wait and retry", line);
    }

    [Fact]
    public void Report_IOException_ExitsTwo()
    {
        var (code, line) = Report(new IOException("Input/output error : '/data/idx/_0.fdt'"));

        Assert.Equal(2, code);
        Assert.Equal("search-abstracts: error: Input/output error : '/data/idx/_0.fdt'", line);
    }

    [Fact]
    public void Report_UnauthorizedAccess_ExitsTwoPointingAtPermissions()
    {
        var (code, line) = Report(new UnauthorizedAccessException("Access to the path 'x' is denied."));

        Assert.Equal(2, code);
        Assert.Contains("check the file permissions", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnexpectedException_ExitsThreeAsInternalError()
    {
        var (code, line) = Report(new InvalidOperationException("boom"));

        Assert.Equal(3, code);
        Assert.StartsWith("search-abstracts: error: internal error", line, StringComparison.Ordinal);
        Assert.Contains("boom", line, StringComparison.Ordinal);
    }

    private static (int Code, string FirstLine) Report(Exception exception)
    {
        using var error = new StringWriter();
        var code = ErrorReporter.Report(exception, error);
        var text = error.ToString();
        Assert.EndsWith(Environment.NewLine, text, StringComparison.Ordinal);
        return (code, text.Split(Environment.NewLine)[0]);
    }
}
