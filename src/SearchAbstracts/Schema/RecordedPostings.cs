using Lucene.Net.Codecs;
using Lucene.Net.Util;

namespace SearchAbstracts.Schema;

/// <summary>
/// One field's postings (terms, documents, frequencies and positions) as a segment flush hands them to the codec,
/// kept compactly as variable-length integers, so that the flat title+abstract field can be written from them
/// (<see cref="FlatTextFieldsConsumer"/>) instead of inverting every word a second time.
/// </summary>
internal sealed class RecordedPostings
{
    private byte[] _terms = new byte[1 << 16];
    private int _termsLength;
    private int[] _termEnds = new int[1 << 12];
    private int[] _postingsEnds = new int[1 << 12];
    private int[] _docFreqs = new int[1 << 12];
    private byte[] _postings = new byte[1 << 18];
    private int _postingsLength;
    private int _lastDoc;
    private int _lastPosition;
    private int _docFreq;

    /// <summary>Terms recorded so far, in the order the flush gave them (Lucene's term order).</summary>
    public int Count { get; private set; }

    /// <summary>Begins term <paramref name="text"/>; its documents follow in increasing order.</summary>
    public void StartTerm(BytesRef text)
    {
        if (Count == _termEnds.Length)
        {
            Array.Resize(ref _termEnds, Count * 2);
            Array.Resize(ref _postingsEnds, Count * 2);
            Array.Resize(ref _docFreqs, Count * 2);
        }
        Ensure(ref _terms, _termsLength + text.Length);
        Buffer.BlockCopy(text.Bytes, text.Offset, _terms, _termsLength, text.Length);
        _termsLength += text.Length;
        _termEnds[Count] = _termsLength;
        _lastDoc = 0;
        _docFreq = 0;
    }

    /// <summary>Begins document <paramref name="doc"/> of the current term; <paramref name="freq"/> positions follow.</summary>
    public void StartDoc(int doc, int freq)
    {
        Write(doc - _lastDoc);
        Write(freq);
        _lastDoc = doc;
        _lastPosition = 0;
        _docFreq++;
    }

    /// <summary>The next position of the current document (positions come in increasing order).</summary>
    public void AddPosition(int position)
    {
        Write(position - _lastPosition);
        _lastPosition = position;
    }

    /// <summary>Ends the current term.</summary>
    public void FinishTerm()
    {
        _postingsEnds[Count] = _postingsLength;
        _docFreqs[Count] = _docFreq;
        Count++;
    }

    /// <summary>The UTF-8 bytes of term <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> Term(int index)
    {
        var start = index == 0 ? 0 : _termEnds[index - 1];
        return _terms.AsSpan(start, _termEnds[index] - start);
    }

    /// <summary>Points <paramref name="target"/> at the bytes of term <paramref name="index"/> (no copy).</summary>
    public void TermInto(int index, BytesRef target)
    {
        var start = index == 0 ? 0 : _termEnds[index - 1];
        target.Bytes = _terms;
        target.Offset = start;
        target.Length = _termEnds[index] - start;
    }

    /// <summary>A reader of the documents and positions of term <paramref name="index"/>.</summary>
    public Cursor Postings(int index) =>
        new(_postings, index == 0 ? 0 : _postingsEnds[index - 1], _docFreqs[index]);

    private void Write(int value)
    {
        Ensure(ref _postings, _postingsLength + 5);
        var v = (uint)value;
        while (v >= 0x80)
        {
            _postings[_postingsLength++] = (byte)(v | 0x80);
            v >>= 7;
        }
        _postings[_postingsLength++] = (byte)v;
    }

    private static void Ensure(ref byte[] buffer, int length)
    {
        if (length > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        }
    }

    /// <summary>Reads one term's documents in order; <see cref="NoMoreDocs"/> after the last.</summary>
    internal struct Cursor
    {
        /// <summary>What <see cref="NextDoc"/> returns after the last document: above every document number.</summary>
        public const int NoMoreDocs = int.MaxValue;

        private readonly byte[] _bytes;
        private int _at;
        private int _docsLeft;
        private int _doc;

        public Cursor(byte[] bytes, int start, int docFreq)
        {
            _bytes = bytes;
            _at = start;
            _docsLeft = docFreq;
            _doc = 0;
        }

        /// <summary>An empty cursor: for a term one of the two fields lacks.</summary>
        public static Cursor Empty => new([], 0, 0);

        /// <summary>The current document's frequency (its number of positions).</summary>
        public int Freq { get; private set; }

        /// <summary>Moves to the next document; the current one's positions must have been copied (<see cref="CopyPositions"/>).</summary>
        public int NextDoc()
        {
            if (_docsLeft == 0)
            {
                return _doc = NoMoreDocs;
            }
            _docsLeft--;
            _doc += Read();
            Freq = Read();
            return _doc;
        }

        /// <summary>Hands the current document's positions to <paramref name="target"/>; must be called once per document.</summary>
        public void CopyPositions(PostingsConsumer target)
        {
            var position = 0;
            for (var i = 0; i < Freq; i++)
            {
                position += Read();
                target.AddPosition(position, null, -1, -1);
            }
        }

        private int Read()
        {
            var bytes = _bytes;
            int b = bytes[_at++];
            var value = b & 0x7F;
            for (var shift = 7; b >= 0x80; shift += 7)
            {
                b = bytes[_at++];
                value |= (b & 0x7F) << shift;
            }
            return value;
        }
    }
}
