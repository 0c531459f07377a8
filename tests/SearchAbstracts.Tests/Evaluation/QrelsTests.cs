using SearchAbstracts.Evaluation;

namespace SearchAbstracts.Tests.Evaluation;

public sealed class QrelsTests
{
    [Fact]
    public void Read_BeirTsvWithHeaderAndCrlf_GivesGradesAndLookups()
    {
        using var file = new TempFile("train.tsv", "query-id\tcorpus-id\tscore\r\n1\td1\t2\r\n1\td2\t0\r\n1\td3\t4\r\n2\td9\t1\r\n");

        var qrels = Qrels.Read(file.Path);

        Assert.Equal(["1", "2"], qrels.QueryIds);
        Assert.Equal(4, qrels.JudgmentCount);
        Assert.Equal(2, qrels.Grade("1", "d1"));
        Assert.Equal(0, qrels.Grade("1", "d2"));
        Assert.Equal(0, qrels.Grade("1", "unjudged"));
        Assert.Equal(0, qrels.Grade("unknown-query", "d1"));
        Assert.Equal(["d1", "d3"], qrels.RelevantDocs("1"));
        Assert.Equal([4, 2], qrels.IdealGains("1"));
        Assert.Empty(qrels.RelevantDocs("unknown-query"));
        Assert.Empty(qrels.IdealGains("unknown-query"));
    }

    [Fact]
    public void Read_NoHeaderSpacesAndBlankLines_Parses()
    {
        var qrels = Qrels.Read(new StringReader("7  a 1\n\n7 b   3\n"), "x.tsv");

        Assert.Equal([3, 1], qrels.IdealGains("7"));
    }

    [Fact]
    public void Read_TrecFourColumnQrels_UsesThirdFieldAsDocId()
    {
        var qrels = Qrels.Read(new StringReader("401 0 FBIS3-10082 1\n401 0 FBIS3-10169 0\n"), "qrels.trec");

        Assert.Equal(1, qrels.Grade("401", "FBIS3-10082"));
        Assert.Equal(["FBIS3-10082"], qrels.RelevantDocs("401"));
    }

    [Fact]
    public void QueryIds_IncludeQueryWhoseJudgmentsAreAllZero()
    {
        var qrels = Qrels.FromJudgments([new("q1", "d1", 1), new("q2", "d2", 0)]);

        Assert.Equal(["q1", "q2"], qrels.QueryIds);
        Assert.True(qrels.IsJudged("q2"));
        Assert.Empty(qrels.RelevantDocs("q2"));
    }

    [Fact]
    public void FromJudgments_SameGradeTwice_IsOneJudgment_DifferentGradeThrows()
    {
        var qrels = Qrels.FromJudgments([new("q", "d", 2), new("q", "d", 2)]);
        Assert.Equal(1, qrels.JudgmentCount);

        Assert.Throws<ArgumentException>(() => Qrels.FromJudgments([new("q", "d", 2), new("q", "d", 1)]));
    }

    [Theory]
    [InlineData("query-id\tcorpus-id\tscore\n1\td1\t1\n1\td2\n", 3, "expected 3 fields")]
    [InlineData("1\td1\t1\n1\td2\thigh\n", 2, "grade 'high' is not an integer")]
    [InlineData("1\td1\t1\n1 0 d2 1\n", 2, "expected 3 fields like the rows before, found 4")]
    [InlineData("1\td1\t1\n1\td1\t2\n", 2, "document 'd1' is judged again with grade 2 (earlier 1)")]
    [InlineData("query_id\tdoc\tscore\n", 1, "grade 'score' is not an integer")]
    public void Read_BadRow_ThrowsNamingFileAndLine(string content, int line, string problem)
    {
        using var file = new TempFile("bad.tsv", content);

        var e = Assert.Throws<InvalidDataException>(() => Qrels.Read(file.Path));

        Assert.StartsWith($"{file.Path}:{line}: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }
}
