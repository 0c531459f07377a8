using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchAbstracts.Schema;

/// <summary>
/// Writes a flushed segment's postings, and writes the flat <c>text</c> field from the title's and the abstract's
/// instead of from its own inversion. Their words are the same (one analysis replayed into each field), so the flat
/// postings are the two fields' postings merged: a term's documents in both, its frequency the sum, the title's
/// positions followed by the abstract's (the abstract field is indexed at the positions it has in the flat field, see
/// <see cref="PaperDocumentMapper"/>). Inverting the flat field as well was a fifth of the indexing time (arXiv 115k,
/// one thread: 33.7 → 27.1 s).
/// </summary>
/// <remarks>
/// A flush hands the fields over in name order, and <c>text</c> comes before <c>title</c>: the flat field is written
/// when the segment's other postings are done, into files of its own (<see cref="FlatTextPostingsFormat"/>), where
/// the order does not matter. Merging segments copies the flat field like any other.
/// </remarks>
internal sealed class FlatTextFieldsConsumer : FieldsConsumer
{
    private readonly FieldsConsumer _inner;
    private readonly SegmentWriteState _state;
    private readonly RecordedPostings _title = new();
    private readonly RecordedPostings _summary = new();
    private bool _merging;

    public FlatTextFieldsConsumer(FieldsConsumer inner, SegmentWriteState state)
    {
        _inner = inner;
        _state = state;
    }

    public override TermsConsumer AddField(FieldInfo field)
    {
        var terms = _inner.AddField(field);
        if (_merging)
        {
            return terms;
        }
        return field.Name switch
        {
            PaperFields.Title => new RecordingTerms(terms, Recording(field, _title)),
            PaperFields.Abstract => new RecordingTerms(terms, Recording(field, _summary)),
            PaperFields.Text => throw new InvalidOperationException(
                $"field '{PaperFields.Text}' is written from title and abstract when a segment is flushed; a document must not index words into it (make documents with PaperDocumentMapper)"),
            _ => terms,
        };
    }

    private static RecordedPostings Recording(FieldInfo field, RecordedPostings record) =>
        field.IndexOptions == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS
            ? record
            : throw new InvalidOperationException($"field '{field.Name}' must be indexed with positions (and no offsets) to make the flat field from it, not {field.IndexOptions}");

    public override void Merge(MergeState mergeState, Fields fields)
    {
        _merging = true;
        base.Merge(mergeState, fields);
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }
        try
        {
            var flat = _state.FieldInfos.FieldInfo(PaperFields.Text);
            if (!_merging && flat is not null && (_title.Count > 0 || _summary.Count > 0))
            {
                WriteMerged(_inner.AddField(flat), _title, _summary, _state.SegmentInfo.DocCount);
            }
        }
        finally
        {
            _inner.Dispose();
        }
    }

    /// <summary>Writes the union of <paramref name="first"/> and <paramref name="second"/>, term by term and document by document.</summary>
    internal static void WriteMerged(TermsConsumer target, RecordedPostings first, RecordedPostings second, int maxDoc)
    {
        var docs = new FixedBitSet(maxDoc);
        var term = new BytesRef();
        long sumTotalTermFreq = 0;
        long sumDocFreq = 0;
        int i = 0, j = 0;
        while (i < first.Count || j < second.Count)
        {
            // Both lists are in Lucene's term order, which for UTF-8 is the order of the bytes.
            var order = i == first.Count ? 1 : j == second.Count ? -1 : first.Term(i).SequenceCompareTo(second.Term(j));
            if (order <= 0)
            {
                first.TermInto(i, term);
            }
            else
            {
                second.TermInto(j, term);
            }
            var a = order <= 0 ? first.Postings(i++) : RecordedPostings.Cursor.Empty;
            var b = order >= 0 ? second.Postings(j++) : RecordedPostings.Cursor.Empty;
            var postings = target.StartTerm(term);
            var docFreq = 0;
            long totalTermFreq = 0;
            var docA = a.NextDoc();
            var docB = b.NextDoc();
            while (docA != RecordedPostings.Cursor.NoMoreDocs || docB != RecordedPostings.Cursor.NoMoreDocs)
            {
                var doc = Math.Min(docA, docB);
                var freq = (docA == doc ? a.Freq : 0) + (docB == doc ? b.Freq : 0);
                postings.StartDoc(doc, freq);
                // The first field's positions all come before the second's.
                if (docA == doc)
                {
                    a.CopyPositions(postings);
                    docA = a.NextDoc();
                }
                if (docB == doc)
                {
                    b.CopyPositions(postings);
                    docB = b.NextDoc();
                }
                postings.FinishDoc();
                docs.Set(doc);
                docFreq++;
                totalTermFreq += freq;
            }
            target.FinishTerm(term, new TermStats(docFreq, totalTermFreq));
            sumDocFreq += docFreq;
            sumTotalTermFreq += totalTermFreq;
        }
        target.Finish(sumTotalTermFreq, sumDocFreq, docs.Cardinality);
    }

    /// <summary>Passes a field's terms on to the codec and records them.</summary>
    private sealed class RecordingTerms(TermsConsumer inner, RecordedPostings record) : TermsConsumer
    {
        private readonly RecordingPostings _postings = new(record);

        public override IComparer<BytesRef> Comparer => inner.Comparer;

        public override PostingsConsumer StartTerm(BytesRef text)
        {
            record.StartTerm(text);
            _postings.Inner = inner.StartTerm(text);
            return _postings;
        }

        public override void FinishTerm(BytesRef text, TermStats stats)
        {
            record.FinishTerm();
            inner.FinishTerm(text, stats);
        }

        public override void Finish(long sumTotalTermFreq, long sumDocFreq, int docCount) =>
            inner.Finish(sumTotalTermFreq, sumDocFreq, docCount);
    }

    /// <summary>Passes a term's documents and positions on to the codec and records them.</summary>
    private sealed class RecordingPostings(RecordedPostings record) : PostingsConsumer
    {
        public PostingsConsumer Inner { get; set; } = null!;

        public override void StartDoc(int docId, int freq)
        {
            record.StartDoc(docId, freq);
            Inner.StartDoc(docId, freq);
        }

        public override void AddPosition(int position, BytesRef? payload, int startOffset, int endOffset)
        {
            record.AddPosition(position);
            Inner.AddPosition(position, payload, startOffset, endOffset);
        }

        public override void FinishDoc() => Inner.FinishDoc();
    }
}
