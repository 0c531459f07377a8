using SearchAbstracts.Evaluation;

namespace SearchAbstracts.Tests.Evaluation;

public sealed class EvalQueriesTests
{
    [Fact]
    public void Read_StringAndNumberIds_KeepsFileOrderAndIgnoresMetadata()
    {
        using var file = new TempFile("queries.jsonl",
            "{\"_id\": \"0\", \"text\": \"0-dimensional biomaterials lack inductive properties.\", \"metadata\": {}}\n" +
            "\n" +
            "{\"_id\": 12, \"text\": \"what similarity laws: (heated) aircraft\", \"metadata\": {\"original_I\": \"001\"}}\r\n");

        var queries = EvalQueries.Read(file.Path);

        Assert.Equal(
            [new EvalQuery("0", "0-dimensional biomaterials lack inductive properties."), new EvalQuery("12", "what similarity laws: (heated) aircraft")],
            queries);
    }

    [Theory]
    [InlineData("{\"_id\": \"1\", \"text\": \"ok\"}\n{\"_id\": \"2\", \"text\": \"broken\"\n", 2, "invalid JSON")]
    [InlineData("{\"text\": \"no id\"}\n", 1, "missing \"_id\"")]
    [InlineData("{\"_id\": \"1\"}\n", 1, "missing \"text\"")]
    [InlineData("{\"_id\": true, \"text\": \"t\"}\n", 1, "\"_id\" must be a string or number")]
    [InlineData("{\"_id\": \"1\", \"text\": 5}\n", 1, "\"text\" must be a string")]
    [InlineData("[1, 2]\n", 1, "expected a JSON object")]
    [InlineData("{\"_id\": \"1\", \"text\": \"a\"}\n\n{\"_id\": \"1\", \"text\": \"b\"}\n", 3, "duplicate query id '1' (first on line 1)")]
    public void Read_BadLine_ThrowsNamingFileAndLine(string content, int line, string problem)
    {
        using var file = new TempFile("queries.jsonl", content);

        var e = Assert.Throws<InvalidDataException>(() => EvalQueries.Read(file.Path));

        Assert.StartsWith($"{file.Path}:{line}: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }
}
