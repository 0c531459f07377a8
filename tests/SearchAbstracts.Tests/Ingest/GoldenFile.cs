using System.Text;

namespace SearchAbstracts.Tests.Ingest;

/// <summary>
/// Compares text with a checked-in golden file. On a mismatch it writes <c>NAME.actual</c> beside the golden
/// file and fails with the first differing lines; set <c>UPDATE_GOLDEN=1</c> to accept the new output.
/// </summary>
internal static class GoldenFile
{
    private const int Context = 2;

    public static void AssertMatches(string goldenPath, string actual)
    {
        actual = Normalize(actual);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            File.WriteAllText(goldenPath, actual);
        var expected = File.Exists(goldenPath) ? Normalize(File.ReadAllText(goldenPath)) : string.Empty;
        var actualPath = goldenPath + ".actual";
        if (expected == actual)
        {
            File.Delete(actualPath);
            return;
        }

        File.WriteAllText(actualPath, actual);
        Assert.Fail(
            $"{Describe(expected, actual)}\nActual output written to {actualPath}\n"
            + $"If the change is intended: mv \"{actualPath}\" \"{goldenPath}\" (or run the tests with UPDATE_GOLDEN=1).");
    }

    // Git on Windows may check the golden file out with CRLF; the content is what matters.
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Describe(string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        var first = 0;
        while (first < want.Length && first < got.Length && want[first] == got[first])
            first++;
        var report = new StringBuilder($"Golden mismatch at line {first + 1}:\n");
        for (var i = Math.Max(0, first - Context); i <= first + Context; i++)
        {
            if (i < first)
                report.Append("    ").AppendLine(want[i]);
            else
            {
                if (i < want.Length)
                    report.Append("  - ").AppendLine(want[i]);
                if (i < got.Length)
                    report.Append("  + ").AppendLine(got[i]);
            }
        }

        return report.ToString();
    }
}
