using SearchAbstracts.Cli.Output;
using SearchAbstracts.Search;

namespace SearchAbstracts.Cli.Tests.Output;

public sealed class HighlightRendererTests
{
    [Fact]
    public void Render_ControlCharactersInData_AreShownInert()
    {
        var text = "bad \u001b[2J\u001b]0;owned\u0007 text\twith\ttabs";

        var rendered = HighlightRenderer.Render(text, [new HighlightRange(0, 3)], color: true);

        // Only the two escapes the renderer adds (open and close the highlight) remain.
        Assert.Equal(2, rendered.Count(c => c == '\u001b'));
        Assert.Contains("\uFFFD[2J\uFFFD]0;owned\uFFFD text with tabs", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PlainText_MarksRangesWithAsterisks()
    {
        Assert.Equal("a **bc** d", HighlightRenderer.Render("a bc d", [new HighlightRange(2, 4)], color: false));
    }
}
