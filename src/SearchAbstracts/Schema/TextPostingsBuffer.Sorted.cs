using Lucene.Net.Codecs;
using Lucene.Net.Util;

namespace SearchAbstracts.Schema;

// The flush side of the buffer: its tokens sorted by term, then written field by field (see the class's summary in TextPostingsBuffer.cs).
internal sealed partial class TextPostingsBuffer
{
    /// <summary>
    /// Every token, grouped by term in Lucene's term order and within a term by part (title, abstract, authors,
    /// compounds), each group's tokens in document and position order.
    /// </summary>
    /// <remarks>
    /// Grouped by part, a field's pass reads only its own tokens: grouped by term alone, the title's pass went through
    /// every abstract token of each word a title holds (nearly all of them, for common words) to pick out the title's.
    /// The flat field merges a term's title and abstract groups document by document (a document's title positions all
    /// come before its abstract's).
    /// </remarks>
    internal sealed class Sorted
    {
        private readonly TermTable.SortedTerms _terms;

        /// <summary>
        /// Where each group ends, by group number (term × <see cref="Parts"/> + part); a group starts where the one
        /// before it ends (see <see cref="Group"/>).
        /// </summary>
        private readonly int[] _groupEnds;

        /// <summary>
        /// Per term, a bit for each part it has tokens in (1 &lt;&lt; part): a pass skips the terms it has none of
        /// without touching their groups (this array is a sixteenth of their size, and mostly stays in cache).
        /// </summary>
        private readonly byte[] _parts;
        private readonly int[] _docs;
        private readonly int[] _positions;
        private readonly TextPostingsBuffer _buffer;

        /// <summary>Parts a term's tokens are grouped by (all that <see cref="PartBits"/> can tell apart).</summary>
        private const int Parts = 1 << PartBits;

        public Sorted(TextPostingsBuffer buffer)
        {
            _buffer = buffer;
            _terms = buffer._terms.Sort();
            var groups = buffer._terms.Count * Parts;
            var tokens = buffer._tokens;
            // A counting sort by group: counts, then each group's start, then every token scattered to its group's next
            // slot in document order (so each group's tokens stay in document and position order). Scattering moves each
            // start to its group's end, which is all the writing passes need.
            var starts = new int[groups];
            for (var b = 0; b < buffer._termBlocks.Count; b++)
            {
                var terms = buffer._termBlocks[b];
                var positions = buffer._positionBlocks[b];
                var count = buffer.BlockCount(b);
                for (var at = 0; at < count; at++)
                {
                    starts[(terms[at] << PartBits) | (positions[at] & PartMask)]++;
                }
            }
            _parts = new byte[buffer._terms.Count];
            for (int group = 0, sum = 0; group < groups; group++)
            {
                var count = starts[group];
                starts[group] = sum;
                sum += count;
                if (count > 0)
                {
                    _parts[group >> PartBits] |= (byte)(1 << (group & PartMask));
                }
            }
            _docs = new int[tokens];
            _positions = new int[tokens];
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
                    var position = positions[at];
                    var slot = starts[(terms[at] << PartBits) | (position & PartMask)]++;
                    _docs[slot] = doc;
                    _positions[slot] = position >> PartBits;
                }
            }
            _groupEnds = starts;
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

        /// <summary>The tokens of term <paramref name="id"/> from part <paramref name="part"/>: indexes into the sorted arrays.</summary>
        private (int Start, int End) Group(int id, int part)
        {
            var group = (id << PartBits) | part;
            return (group == 0 ? 0 : _groupEnds[group - 1], _groupEnds[group]);
        }

        /// <summary>
        /// Writes one field's postings to <paramref name="consumer"/>: the title's tokens (<paramref name="field"/>
        /// <c>title</c>), the abstract's (<c>abstract</c>), both (the flat <c>text</c>), the authors' (<c>author</c>) or
        /// the compounds' (<c>compound</c>: frequencies without positions).
        /// </summary>
        public void Write(string field, TermsConsumer consumer, int maxDoc)
        {
            var part = field switch
            {
                PaperFields.Title => TitlePart,
                PaperFields.Abstract => AbstractPart,
                PaperFields.Text => -1,
                PaperFields.Author => AuthorPart,
                PaperFields.Compound => CompoundPart,
                _ => throw new ArgumentException($"no buffered postings for field '{field}'", nameof(field)),
            };
            var parts = part < 0 ? (1 << TitlePart) | (1 << AbstractPart) : 1 << part;
            var withPositions = field != PaperFields.Compound;
            var docsWithField = new FixedBitSet(maxDoc);
            var term = new BytesRef();
            long sumTotalTermFreq = 0;
            long sumDocFreq = 0;
            foreach (var id in _terms.Order)
            {
                if ((_parts[id] & parts) == 0)
                {
                    continue; // e.g. every word of the text in the author field's pass
                }
                // The flat field: the title's group, then the abstract's; one part's group otherwise (the second empty).
                var (first, firstEnd) = Group(id, part < 0 ? TitlePart : part);
                var (second, secondEnd) = part < 0 ? Group(id, AbstractPart) : (0, 0);
                _terms.Into(id, term);
                var postings = consumer.StartTerm(term);
                var docFreq = 0;
                long totalTermFreq = 0;
                while (first < firstEnd || second < secondEnd)
                {
                    var doc = first < firstEnd && (second == secondEnd || _docs[first] <= _docs[second]) ? _docs[first] : _docs[second];
                    var firstNext = first;
                    while (firstNext < firstEnd && _docs[firstNext] == doc)
                    {
                        firstNext++;
                    }
                    var secondNext = second;
                    while (secondNext < secondEnd && _docs[secondNext] == doc)
                    {
                        secondNext++;
                    }
                    var freq = firstNext - first + (secondNext - second);
                    postings.StartDoc(doc, freq);
                    if (withPositions)
                    {
                        // A document's title positions all come before its abstract's.
                        for (var k = first; k < firstNext; k++)
                        {
                            postings.AddPosition(_positions[k], null, -1, -1);
                        }
                        for (var k = second; k < secondNext; k++)
                        {
                            postings.AddPosition(_positions[k], null, -1, -1);
                        }
                    }
                    postings.FinishDoc();
                    docsWithField.Set(doc);
                    docFreq++;
                    totalTermFreq += freq;
                    first = firstNext;
                    second = secondNext;
                }
                consumer.FinishTerm(term, new TermStats(docFreq, totalTermFreq));
                sumDocFreq += docFreq;
                sumTotalTermFreq += totalTermFreq;
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
