using System.Buffers.Binary;
using System.Text;
using Lucene.Net.Util;

namespace SearchAbstracts.Schema;

/// <summary>
/// The distinct terms of one segment being written, numbered in the order they first occur, and their order as
/// Lucene sorts terms (by UTF-8 bytes) once the segment is flushed (<see cref="TextPostingsBuffer"/>).
/// </summary>
/// <remarks>
/// A look-up is one hash of the term's characters and one probe into a compact slot array; Lucene's own hash
/// first converts every token to UTF-8 and then hashes and compares bytes in its block pool.
/// </remarks>
internal sealed class TermTable
{
    private int[] _slots = new int[1 << 14];
    private uint[] _hashes = new uint[1 << 13];
    private int[] _ends = new int[1 << 13];
    private char[] _chars = new char[1 << 16];
    private int _charsUsed;

    /// <summary>Distinct terms so far; their numbers are 0 to <c>Count - 1</c>.</summary>
    public int Count { get; private set; }

    /// <summary>Memory held, for the segment's share of the indexing buffer.</summary>
    public long BytesUsed => (_slots.Length * 4L) + (_hashes.Length * 8L) + (_chars.Length * 2L);

    /// <summary>The number of <paramref name="term"/>, given it a new one if it has none yet.</summary>
    public int Id(ReadOnlySpan<char> term)
    {
        var hash = Hash(term);
        var mask = _slots.Length - 1;
        for (var i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot == 0)
            {
                var id = Add(term, hash);
                _slots[i] = id + 1;
                if (Count * 2 > _slots.Length)
                {
                    Rehash();
                }
                return id;
            }
            var known = slot - 1;
            if (_hashes[known] == hash && Chars(known).SequenceEqual(term))
            {
                return known;
            }
        }
    }

    /// <summary>The characters of term <paramref name="id"/>.</summary>
    public ReadOnlySpan<char> Chars(int id)
    {
        var start = id == 0 ? 0 : _ends[id - 1];
        return _chars.AsSpan(start, _ends[id] - start);
    }

    /// <summary>
    /// The terms in Lucene's order (UTF-8 bytes, which differs from UTF-16 order for characters above the
    /// surrogates), each with its UTF-8 bytes, for writing the segment's postings.
    /// </summary>
    public SortedTerms Sort()
    {
        var utf8 = new byte[Encoding.UTF8.GetMaxByteCount(_charsUsed)];
        var ends = new int[Count];
        var used = 0;
        for (var id = 0; id < Count; id++)
        {
            // Lucene writes an unpaired surrogate as U+FFFD, as the encoder's replacement does.
            used += Encoding.UTF8.GetBytes(Chars(id), utf8.AsSpan(used));
            ends[id] = used;
        }
        var order = new int[Count];
        var keys = new ulong[Count];
        for (var id = 0; id < Count; id++)
        {
            order[id] = id;
            keys[id] = Prefix(Bytes(utf8, ends, id));
        }
        // Most terms differ in their first eight bytes: sort by those as numbers, then order each run of equal
        // prefixes by all of their bytes.
        Array.Sort(keys, order);
        for (var start = 0; start < Count;)
        {
            var end = start + 1;
            while (end < Count && keys[end] == keys[start])
            {
                end++;
            }
            if (end - start > 1)
            {
                Array.Sort(order, start, end - start, Comparer<int>.Create((a, b) => Bytes(utf8, ends, a).SequenceCompareTo(Bytes(utf8, ends, b))));
            }
            start = end;
        }
        return new SortedTerms(order, utf8, ends);
    }

    private static ReadOnlySpan<byte> Bytes(byte[] utf8, int[] ends, int id)
    {
        var start = id == 0 ? 0 : ends[id - 1];
        return utf8.AsSpan(start, ends[id] - start);
    }

    /// <summary>The first eight bytes, big-endian, zero-padded: comparing these numbers compares the prefixes.</summary>
    private static ulong Prefix(ReadOnlySpan<byte> bytes)
    {
        Span<byte> eight = stackalloc byte[8];
        eight.Clear();
        bytes[..Math.Min(8, bytes.Length)].CopyTo(eight);
        return BinaryPrimitives.ReadUInt64BigEndian(eight);
    }

    private int Add(ReadOnlySpan<char> term, uint hash)
    {
        if (Count == _ends.Length)
        {
            Array.Resize(ref _ends, Count * 2);
            Array.Resize(ref _hashes, Count * 2);
        }
        if (_charsUsed + term.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charsUsed + term.Length));
        }
        term.CopyTo(_chars.AsSpan(_charsUsed));
        _charsUsed += term.Length;
        _ends[Count] = _charsUsed;
        _hashes[Count] = hash;
        return Count++;
    }

    private void Rehash()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var i = (int)_hashes[id] & mask;
            while (slots[i] != 0)
            {
                i = (i + 1) & mask;
            }
            slots[i] = id + 1;
        }
        _slots = slots;
    }

    /// <summary>FNV-1a over the characters, then mixed so that the low bits (the slot) depend on every character.</summary>
    private static uint Hash(ReadOnlySpan<char> term)
    {
        var hash = 2166136261u;
        foreach (var c in term)
        {
            hash = (hash ^ c) * 16777619u;
        }
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        return hash ^ (hash >> 12);
    }

    /// <summary>Terms in Lucene's order: <see cref="Order"/> lists term numbers; <see cref="Into"/> points a <see cref="BytesRef"/> at a term's UTF-8 bytes.</summary>
    internal sealed class SortedTerms(int[] order, byte[] utf8, int[] ends)
    {
        /// <summary>Term numbers, in Lucene's term order.</summary>
        public int[] Order => order;

        /// <summary>Points <paramref name="target"/> at the UTF-8 bytes of term <paramref name="id"/> (no copy).</summary>
        public void Into(int id, BytesRef target)
        {
            var start = id == 0 ? 0 : ends[id - 1];
            target.Bytes = utf8;
            target.Offset = start;
            target.Length = ends[id] - start;
        }
    }
}
