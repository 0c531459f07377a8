using Lucene.Net.Codecs;
using Lucene.Net.Util;

namespace SearchAbstracts.Schema;

// The flush side of the buffer: its tokens sorted by term, then written field by field (see the class's summary in TextPostingsBuffer.cs).
internal sealed partial class TextPostingsBuffer
{
    /// <summary>Every token, grouped by term in Lucene's term order, each term's in document and position order.</summary>
    internal sealed class Sorted
    {
        private readonly TermTable.SortedTerms _terms;
        private readonly int[] _termStarts;
        private readonly int[] _docs;
        private readonly int[] _positions;

        /// <summary>Per term, a bit for each part it has tokens in (1 &lt;&lt; part): a field's pass skips the terms it has none of.</summary>
        private readonly byte[] _parts;
        private readonly TextPostingsBuffer _buffer;

        public Sorted(TextPostingsBuffer buffer)
        {
            _buffer = buffer;
            _terms = buffer._terms.Sort();
            var termCount = buffer._terms.Count;
            var tokens = buffer._tokens;
            var starts = new int[termCount + 1];
            for (var b = 0; b < buffer._termBlocks.Count; b++)
            {
                foreach (var term in buffer._termBlocks[b].AsSpan(0, buffer.BlockCount(b)))
                {
                    starts[term + 1]++;
                }
            }
            for (var t = 0; t < termCount; t++)
            {
                starts[t + 1] += starts[t];
            }
            _termStarts = (int[])starts.Clone();
            _docs = new int[tokens];
            _positions = new int[tokens];
            _parts = new byte[termCount];
            // Scattered in document order, so each term's tokens stay in document and position order.
            var doc = 0;
            var docEnd = buffer._docs == 0 ? 0 : buffer._docEnds[0];
            var k = 0;
            for (var b = 0; b < buffer._termBlocks.Count; b++)
            {
                var terms = buffer._termBlocks[b];
                var positions = buffer._positionBlocks[b];
                var count = buffer.BlockCount(b);
                for (var at = 0; at < count; at++, k++)
                {
                    while (k >= docEnd)
                    {
                        docEnd = buffer._docEnds[++doc];
                    }
                    var term = terms[at];
                    var slot = starts[term]++;
                    _docs[slot] = doc;
                    _positions[slot] = positions[at];
                    _parts[term] |= (byte)(1 << (positions[at] & PartMask));
                }
            }
            // The tokens are all here now: their blocks can go before the postings are written, back to the pool the
            // next segment's come from (see TokenBlocks).
            foreach (var block in buffer._termBlocks.Concat(buffer._positionBlocks))
            {
                TokenBlocks.Return(block);
            }
            buffer._termBlocks = [];
            buffer._positionBlocks = [];
            buffer._termBlock = [];
            buffer._positionBlock = [];
        }

        /// <summary>
        /// Writes one field's postings to <paramref name="consumer"/>: the title's tokens (<paramref name="field"/>
        /// <c>title</c>), the abstract's (<c>abstract</c>), both (the flat <c>text</c>), the authors' (<c>author</c>) or
        /// the compounds' (<c>compound</c>: frequencies without positions).
        /// </summary>
        public void Write(string field, TermsConsumer consumer, int maxDoc)
        {
            // Which tokens belong to the field: (position & mask) == want.
            var (mask, want, parts) = field switch
            {
                PaperFields.Title => (PartMask, TitlePart, 1 << TitlePart),
                PaperFields.Abstract => (PartMask, AbstractPart, 1 << AbstractPart),
                PaperFields.Text => (NotFlatMask, 0, (1 << TitlePart) | (1 << AbstractPart)),
                PaperFields.Author => (PartMask, AuthorPart, 1 << AuthorPart),
                PaperFields.Compound => (PartMask, CompoundPart, 1 << CompoundPart),
                _ => throw new ArgumentException($"no buffered postings for field '{field}'", nameof(field)),
            };
            var withPositions = field != PaperFields.Compound;
            var docsWithField = new FixedBitSet(maxDoc);
            var term = new BytesRef();
            long sumTotalTermFreq = 0;
            long sumDocFreq = 0;
            foreach (var id in _terms.Order)
            {
                if ((_parts[id] & parts) == 0)
                {
                    continue; // e.g. every word of the text in the author field's pass: not a token to look at
                }
                var end = _termStarts[id + 1];
                PostingsConsumer? postings = null;
                var docFreq = 0;
                long totalTermFreq = 0;
                for (var k = _termStarts[id]; k < end;)
                {
                    var doc = _docs[k];
                    var next = k;
                    var freq = 0;
                    while (next < end && _docs[next] == doc)
                    {
                        if ((_positions[next] & mask) == want)
                        {
                            freq++;
                        }
                        next++;
                    }
                    if (freq > 0)
                    {
                        if (postings is null)
                        {
                            _terms.Into(id, term);
                            postings = consumer.StartTerm(term);
                        }
                        postings.StartDoc(doc, freq);
                        for (; withPositions && k < next; k++)
                        {
                            var position = _positions[k];
                            if ((position & mask) == want)
                            {
                                postings.AddPosition(position >> PartBits, null, -1, -1);
                            }
                        }
                        postings.FinishDoc();
                        docsWithField.Set(doc);
                        docFreq++;
                        totalTermFreq += freq;
                    }
                    k = next;
                }
                if (postings is not null)
                {
                    consumer.FinishTerm(term, new TermStats(docFreq, totalTermFreq));
                    sumDocFreq += docFreq;
                    sumTotalTermFreq += totalTermFreq;
                }
            }
            consumer.Finish(sumTotalTermFreq, sumDocFreq, docsWithField.Cardinality);
        }

        /// <summary>Whether <paramref name="field"/> has any token in the segment (a field without terms is not written).</summary>
        public bool Has(string field) => field switch
        {
            PaperFields.Title => _buffer._titleTokens > 0,
            PaperFields.Abstract => _buffer._abstractTokens > 0,
            PaperFields.Author => _buffer._authorTokens > 0,
            PaperFields.Compound => _buffer._compoundTokens > 0,
            _ => _buffer._titleTokens + _buffer._abstractTokens > 0,
        };
    }
}
