using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;

namespace SearchAbstracts.Facets;

/// <summary>
/// One pass over every matching paper: counts venues and years and forwards the papers that pass all
/// filters to the ranking collector. Multi-select semantics: venue counts ignore the venue filter (but apply
/// the year filter) and year counts ignore the year filter, so a user can see what widening would bring.
/// </summary>
/// <remarks>
/// Venues are counted by segment ordinal and years by offset in a per-segment array (<see cref="FacetColumns"/>),
/// turned into labels once per segment (never per hit), then merged; stored fields are never loaded here.
/// </remarks>
internal sealed class FacetCountingCollector : ICollector, ISegmentCollector
{
    private readonly ICollector? _inner;
    private readonly FacetFilter _filter;
    private readonly bool _count;
    private readonly ICollector? _unfiltered;
    private readonly ScoreFloor? _floor;
    private readonly Dictionary<string, int> _venues = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _years = [];
    private readonly bool _yearFiltered;

    /// <summary>Whether a venue filter is set: read once here, since asking the filter's set is an interface call per match.</summary>
    private readonly bool _venueFiltered;
    private readonly int _yearFrom;
    private readonly int _yearTo;
    private int _accepted;

    /// <summary>The floor the segments counted at once share (see <see cref="SegmentBest"/>).</summary>
    private readonly SharedFloor _shared = new();
    private SegmentCounts? _segment;

    /// <summary>The best papers of the segments taken so far (<see cref="TakeSegment"/>), by document number in the whole index.</summary>
    private SegmentBest? _overall;
    private SortedDocValues? _segmentVenues;

    /// <param name="inner">Receives the papers that pass the filters, or null to only count.</param>
    /// <param name="filter">Venue and year filters.</param>
    /// <param name="count">False to only filter and forward, leaving the facet counts empty.</param>
    /// <param name="unfiltered">Also receives every match, before the filters (for feedback that must not depend on them), or null.</param>
    /// <param name="floor">
    /// When <paramref name="inner"/> keeps the top <c>n</c> by score: a floor of the same <c>n</c>, so that a segment
    /// collected whole hands it only the papers that can still enter (see <see cref="ScoreFloor"/>). Null otherwise.
    /// </param>
    public FacetCountingCollector(ICollector? inner, FacetFilter filter, bool count = true, ICollector? unfiltered = null, ScoreFloor? floor = null)
    {
        _inner = inner;
        _filter = filter;
        _count = count;
        _unfiltered = unfiltered;
        _floor = floor;
        _yearFiltered = filter.YearFrom is not null || filter.YearTo is not null;
        _venueFiltered = filter.HasVenues;
        _yearFrom = filter.YearFrom ?? int.MinValue;
        _yearTo = filter.YearTo ?? int.MaxValue;
    }

    /// <summary>Papers that passed every filter (the total hit count).</summary>
    public int Accepted => _accepted + (_segment?.Accepted ?? 0);

    /// <summary>
    /// Whether <see cref="CountSegment"/> may be used: when only facet counts and a top-<c>n</c> ranking behind a
    /// score floor are wanted (not the unfiltered collector, which must see every match).
    /// </summary>
    public bool CollectsConcurrently => _unfiltered is null && (_inner is null || _floor is not null);

    public bool AcceptsDocsOutOfOrder => (_inner?.AcceptsDocsOutOfOrder ?? true) && (_unfiltered?.AcceptsDocsOutOfOrder ?? true);

    public void SetScorer(Scorer scorer)
    {
        _inner?.SetScorer(scorer);
        _unfiltered?.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _segment = new SegmentCounts(context.AtomicReader, _filter);
        // Labels are read through this thread's own doc values (Lucene's are per thread).
        _segmentVenues = context.AtomicReader.GetSortedDocValues(PaperFields.VenueExact);
        _inner?.SetNextReader(context);
        _unfiltered?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        _unfiltered?.Collect(doc);
        if (Count(doc))
        {
            _inner?.Collect(doc);
        }
    }

    private bool Count(int doc) => Count(_segment!, doc);

    /// <summary>Counts <paramref name="doc"/>'s venue and year in <paramref name="segment"/>; true when it passes the filters (and is counted as accepted).</summary>
    private bool Count(SegmentCounts segment, int doc)
    {
        var columns = segment.Columns;
        var ord = columns.VenueOrds[doc];
        var year = columns.Years[doc];
        var venueOk = !_venueFiltered || (ord >= 0 && segment.Selected[ord]);
        // A paper without a year (0) passes only when no year filter is set.
        var yearOk = !_yearFiltered || (year != 0 && year >= _yearFrom && year <= _yearTo);
        if (_count)
        {
            if (yearOk && ord >= 0)
            {
                segment.VenueCounts[ord]++;
            }
            if (venueOk && year != 0)
            {
                // 0 is what doc values return for a paper without a year: it has no year facet value.
                segment.YearCounts[year - columns.MinYear]++;
            }
        }
        if (!venueOk || !yearOk)
        {
            return false;
        }
        segment.Accepted++;
        return true;
    }

    /// <summary>The same as <see cref="Collect"/> for each marked document, in one loop (see <see cref="ISegmentCollector"/>).</summary>
    public void CollectSegment(ulong[] matched, double[] sums, int maxDoc, SegmentScore score)
    {
        var matches = new MatchedDocs(matched, sums, maxDoc);
        while (matches.MoveNext())
        {
            var doc = matches.Doc;
            score.Score = matches.Score;
            score.Doc = doc;
            _unfiltered?.Collect(doc);
            if (Count(doc) && _inner is not null && (_floor is null || _floor.Admits(matches.Score)))
            {
                _inner.Collect(doc);
            }
        }
    }

    /// <summary>
    /// Counts a segment's marked documents and keeps the best <c>n</c> that pass the filters (<c>n</c> that of the
    /// floor), clearing the buffers as <see cref="CollectSegment"/> does. Touches nothing shared, so segments can be
    /// counted on several threads at once; <see cref="TakeSegment"/> then takes each in index order. Only when
    /// <see cref="CollectsConcurrently"/>.
    /// </summary>
    /// <returns>What <see cref="TakeSegment"/> needs.</returns>
    public object CountSegment(AtomicReaderContext context, ulong[] matched, double[] sums, int maxDoc)
    {
        if (!CollectsConcurrently)
        {
            throw new InvalidOperationException("This collector must see every match in order: collect it with CollectSegment.");
        }
        var segment = new SegmentCounts(context.AtomicReader, _filter);
        // A paper outside its segment's best n is behind n others of the same segment, and one below the shared floor
        // behind n of another, so it can never be in the overall best n: the rest is all the top-n collector needs to
        // see (ties go to the lower document, as there).
        var best = _inner is null ? null : new SegmentBest(_floor!.Size, _shared);
        if (_count && !_venueFiltered && !_yearFiltered)
        {
            CountUnfiltered(segment, best, matched, sums, maxDoc);
            return (segment, best);
        }
        var matches = new MatchedDocs(matched, sums, maxDoc);
        while (matches.MoveNext())
        {
            if (Count(segment, matches.Doc))
            {
                best?.Offer(matches.Doc, matches.Score);
            }
        }
        return (segment, best);
    }

    /// <summary>
    /// <see cref="CountSegment"/> without filters, in one loop over the match bits: every match is accepted and counted,
    /// so the accepted count is the bits' population. A pasted title has some 70,000 matches on arXiv 115k, and the
    /// general loop (a call per match into the walk, the filter tests and the offer) was more than half of the
    /// concurrent pass, more than adding up the scores (perf).
    /// </summary>
    private static void CountUnfiltered(SegmentCounts segment, SegmentBest? best, ulong[] matched, double[] sums, int maxDoc)
    {
        var columns = segment.Columns;
        var ords = columns.VenueOrds;
        var years = columns.Years;
        var venueCounts = segment.VenueCounts;
        var yearCounts = segment.YearCounts;
        var minYear = columns.MinYear;
        var accepted = 0;
        var words = (maxDoc + 63) >> 6;
        for (var word = 0; word < words; word++)
        {
            var bits = matched[word];
            if (bits == 0)
            {
                continue;
            }
            matched[word] = 0;
            accepted += BitOperations.PopCount(bits);
            var first = word << 6;
            do
            {
                var doc = first + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                var ord = ords[doc];
                if (ord >= 0)
                {
                    venueCounts[ord]++;
                }
                var year = years[doc];
                if (year != 0)
                {
                    // 0 is what doc values return for a paper without a year: it has no year facet value.
                    yearCounts[year - minYear]++;
                }
                // Lucene's bucket scorer gives the double sum as a float.
                var score = (float)sums[doc];
                sums[doc] = 0;
                best?.Offer(doc, score);
            }
            while (bits != 0);
        }
        segment.Accepted += accepted;
    }

    /// <summary>
    /// In place of <see cref="SetNextReader"/>, on the searching thread: moves to <paramref name="context"/>'s segment
    /// and takes what <see cref="CountSegment"/> counted there: its counts, and its best papers, which join the best
    /// of the segments taken before (<see cref="FinishSegments"/> hands the overall best to the top-<c>n</c> collector).
    /// </summary>
    public void TakeSegment(AtomicReaderContext context, object counted, SegmentScore score)
    {
        var (segment, best) = ((SegmentCounts, SegmentBest?))counted;
        FlushSegment();
        _segment = segment;
        _segmentVenues = context.AtomicReader.GetSortedDocValues(PaperFields.VenueExact);
        if (best is null || _inner is null)
        {
            return;
        }
        _overall ??= new SegmentBest(_floor!.Size);
        // Papers kept before the shared floor rose past them cannot make it.
        var shared = _shared.Score;
        for (var i = 0; i < best.Count; i++)
        {
            var docScore = best.Score(i);
            if (!(docScore < shared))
            {
                _overall.OfferAnyOrder(context.DocBase + best.Doc(i), docScore);
            }
        }
    }

    /// <summary>
    /// After the last segment: hands the best <c>n</c> papers of the segments taken with <see cref="TakeSegment"/> to the
    /// top-<c>n</c> collector, segment by segment in index order (which gets <paramref name="score"/> as its scorer).
    /// </summary>
    /// <remarks>
    /// Only those <c>n</c>: handing it every paper that passed the floors (a thousand for a pasted title, on arXiv 115k)
    /// cost a call, a comparison and often a re-sort of its queue for each, 5% of the searching thread's time (perf).
    /// The collector then holds the same best <c>n</c>, in the same order, as when it saw every match.
    /// </remarks>
    public void FinishSegments(IList<AtomicReaderContext> leaves, SegmentScore score)
    {
        if (_overall is null || _inner is null)
        {
            return;
        }
        // By document (each document once): its number above its score's bits, sorted as plain numbers.
        var kept = new long[_overall.Count];
        for (var i = 0; i < kept.Length; i++)
        {
            kept[i] = ((long)_overall.Doc(i) << 32) | BitConverter.SingleToUInt32Bits(_overall.Score(i));
        }
        Array.Sort(kept);
        var next = 0;
        foreach (var leaf in leaves)
        {
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            if (next == kept.Length)
            {
                break;
            }
            if ((int)(kept[next] >> 32) >= end)
            {
                continue;
            }
            _inner.SetNextReader(leaf);
            _inner.SetScorer(score);
            for (; next < kept.Length && (int)(kept[next] >> 32) < end; next++)
            {
                score.Score = BitConverter.UInt32BitsToSingle((uint)kept[next]);
                score.Doc = (int)(kept[next] >> 32) - leaf.DocBase;
                _inner.Collect(score.Doc);
            }
        }
        _overall = null;
    }

    public IReadOnlyList<FacetValue> VenueCounts()
    {
        if (!_count)
        {
            return [];
        }
        FlushSegment();
        foreach (var selected in _filter.Venues)
        {
            _venues.TryAdd(selected, 0);
        }
        return _venues
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new FacetValue(kv.Key, kv.Value))
            .ToList();
    }

    /// <summary>Year counts, newest first.</summary>
    public IReadOnlyList<FacetValue> YearCounts()
    {
        FlushSegment();
        return _years.OrderByDescending(kv => kv.Key)
            .Select(kv => new FacetValue(kv.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), kv.Value))
            .ToList();
    }

    private void FlushSegment()
    {
        if (_segment is null)
        {
            return;
        }
        var label = new BytesRef();
        var venueCounts = _segment.VenueCounts;
        for (var ord = 0; ord < venueCounts.Length; ord++)
        {
            if (venueCounts[ord] > 0)
            {
                _segmentVenues!.LookupOrd(ord, label);
                var name = label.Utf8ToString();
                _venues[name] = _venues.GetValueOrDefault(name) + venueCounts[ord];
            }
        }
        var yearCounts = _segment.YearCounts;
        for (var i = 0; i < yearCounts.Length; i++)
        {
            if (yearCounts[i] > 0)
            {
                var year = _segment.Columns.MinYear + i;
                _years[year] = _years.GetValueOrDefault(year) + yearCounts[i];
            }
        }
        _accepted += _segment.Accepted;
        _segment = null;
        _segmentVenues = null;
    }

    /// <summary>One segment's counts so far, and which of its venue ordinals the filter selects.</summary>
    private sealed class SegmentCounts
    {
        public SegmentCounts(AtomicReader reader, FacetFilter filter)
        {
            Columns = FacetColumns.For(reader);
            VenueCounts = new int[Columns.VenueCount];
            YearCounts = new int[Columns.MaxYear - Columns.MinYear + 1];
            Selected = new bool[Columns.VenueCount];
            if (filter.Venues.Count > 0)
            {
                // The calling thread's own doc values: Lucene's are per thread.
                var venues = reader.GetSortedDocValues(PaperFields.VenueExact);
                foreach (var venue in filter.Venues)
                {
                    var ord = venues?.LookupTerm(new BytesRef(venue)) ?? -1;
                    if (ord >= 0)
                    {
                        Selected[ord] = true;
                    }
                }
            }
        }

        public FacetColumns Columns { get; }

        public int[] VenueCounts { get; }

        public int[] YearCounts { get; }

        public bool[] Selected { get; }

        public int Accepted { get; set; }
    }
}
