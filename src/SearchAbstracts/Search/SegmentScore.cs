using Lucene.Net.Search;

namespace SearchAbstracts.Search;

/// <summary>The score of the document being collected, set by whoever hands it over, for collectors that ask their scorer.</summary>
internal sealed class SegmentScore : Scorer
{
    public SegmentScore()
        : base(null)
    {
    }

    public float Score { get; set; }

    public int Doc { get; set; } = -1;

    public override int DocID => Doc;

    public override int Freq => 1;

    public override float GetScore() => Score;

    public override int NextDoc() => throw new NotSupportedException();

    public override int Advance(int target) => throw new NotSupportedException();

    public override long GetCost() => 1;
}
