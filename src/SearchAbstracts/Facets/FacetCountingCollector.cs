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
    private readonly int _yearFrom;
    private readonly int _yearTo;
    private FacetColumns? _segment;
    private SortedDocValues? _segmentVenues;
    private int[] _segmentVenueCounts = [];
    private int[] _segmentYearCounts = [];
    private bool[] _segmentSelected = [];

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
        _yearFrom = filter.YearFrom ?? int.MinValue;
        _yearTo = filter.YearTo ?? int.MaxValue;
    }

    /// <summary>Papers that passed every filter (the total hit count).</summary>
    public int Accepted { get; private set; }

    public bool AcceptsDocsOutOfOrder => (_inner?.AcceptsDocsOutOfOrder ?? true) && (_unfiltered?.AcceptsDocsOutOfOrder ?? true);

    public void SetScorer(Scorer scorer)
    {
        _inner?.SetScorer(scorer);
        _unfiltered?.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        var segment = FacetColumns.For(context.AtomicReader);
        _segment = segment;
        _segmentVenues = context.AtomicReader.GetSortedDocValues(PaperFields.VenueExact);
        _segmentVenueCounts = new int[segment.VenueCount];
        _segmentYearCounts = new int[segment.MaxYear - segment.MinYear + 1];
        _segmentSelected = new bool[segment.VenueCount];
        foreach (var venue in _filter.Venues)
        {
            var ord = _segmentVenues?.LookupTerm(new BytesRef(venue)) ?? -1;
            if (ord >= 0)
            {
                _segmentSelected[ord] = true;
            }
        }
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

    /// <summary>Counts <paramref name="doc"/>'s venue and year; true when it passes the filters (and is counted as accepted).</summary>
    private bool Count(int doc)
    {
        var segment = _segment!;
        var ord = segment.VenueOrds[doc];
        var year = segment.Years[doc];
        var venueOk = !_filter.HasVenues || (ord >= 0 && _segmentSelected[ord]);
        // A paper without a year (0) passes only when no year filter is set.
        var yearOk = !_yearFiltered || (year != 0 && year >= _yearFrom && year <= _yearTo);
        if (_count)
        {
            if (yearOk && ord >= 0)
            {
                _segmentVenueCounts[ord]++;
            }
            if (venueOk && year != 0)
            {
                // 0 is what doc values return for a paper without a year: it has no year facet value.
                _segmentYearCounts[year - segment.MinYear]++;
            }
        }
        if (!venueOk || !yearOk)
        {
            return false;
        }
        Accepted++;
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
        for (var ord = 0; ord < _segmentVenueCounts.Length; ord++)
        {
            if (_segmentVenueCounts[ord] > 0)
            {
                _segmentVenues!.LookupOrd(ord, label);
                var name = label.Utf8ToString();
                _venues[name] = _venues.GetValueOrDefault(name) + _segmentVenueCounts[ord];
            }
        }
        for (var i = 0; i < _segmentYearCounts.Length; i++)
        {
            if (_segmentYearCounts[i] > 0)
            {
                var year = _segment.MinYear + i;
                _years[year] = _years.GetValueOrDefault(year) + _segmentYearCounts[i];
            }
        }
        _segment = null;
        _segmentVenues = null;
        _segmentVenueCounts = [];
        _segmentYearCounts = [];
    }
}
