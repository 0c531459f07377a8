using SearchAbstracts.Evaluation;

namespace SearchAbstracts.Tests.Evaluation;

public sealed class TrecRunTests
{
    [Fact]
    public void Write_FormatsOneLinePerHit()
    {
        var writer = new StringWriter { NewLine = "\n" };

        TrecRunWriter.WriteQuery(writer, "3", [new("31715818", 12.5), new("13734012", 0.25)]);

        Assert.Equal("3 Q0 31715818 1 12.5 searchabstracts\n3 Q0 13734012 2 0.25 searchabstracts\n", writer.ToString());
    }

    [Fact]
    public void WriteFile_ThenRead_RoundTripsIdsOrderAndExactScores()
    {
        var run = new Dictionary<string, IReadOnlyList<RankedDoc>>
        {
            ["0"] = [new("d1", 12.345678901234567), new("d2", (double)0.1f), new("d3", 1e-20)],
            ["12"] = [new("d9", -3.5)],
            ["7"] = [],
        };
        using var file = new TempFile("run.trec", "");

        TrecRunWriter.WriteFile(file.Path, run, "bm25");
        var back = TrecRunReader.Read(file.Path);

        // A query without hits has no line, so it cannot come back.
        Assert.Equal(["0", "12"], back.Keys);
        Assert.Equal(run["0"], back["0"]);
        Assert.Equal(run["12"], back["12"]);
        Assert.EndsWith(" bm25", File.ReadLines(file.Path).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OrdersHitsByRankColumn()
    {
        var run = TrecRunReader.Read(new StringReader("q Q0 b 2 1.0 t\nq Q0 c 3 0.5 t\n\nq\tQ0\ta\t1\t2.0\tt\n"), "run");

        Assert.Equal(["a", "b", "c"], run["q"].Select(h => h.DocId));
    }

    [Theory]
    [InlineData("q Q0 d 1 1.0 t\nq Q0 d2 1 1.0\n", 2, "expected 6 fields")]
    [InlineData("q Q0 d one 1.0 t\n", 1, "rank 'one' is not an integer")]
    [InlineData("q Q0 d 1 high t\n", 1, "score 'high' is not a finite number")]
    [InlineData("q Q0 d 1 NaN t\n", 1, "score 'NaN' is not a finite number")]
    public void Read_BadLine_ThrowsNamingFileAndLine(string content, int line, string problem)
    {
        using var file = new TempFile("run.trec", content);

        var e = Assert.Throws<InvalidDataException>(() => TrecRunReader.Read(file.Path));

        Assert.StartsWith($"{file.Path}:{line}: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_IdWithWhitespaceOrNonFiniteScore_Throws()
    {
        var writer = new StringWriter();

        Assert.Throws<ArgumentException>(() => TrecRunWriter.WriteQuery(writer, "q", [new("two words", 1)]));
        Assert.Throws<ArgumentException>(() => TrecRunWriter.WriteQuery(writer, "q", [new("d", double.NaN)]));
        Assert.Throws<ArgumentException>(() => TrecRunWriter.WriteQuery(writer, "q", [new("d", 1)], tag: ""));
    }
}
