using System.Numerics;

namespace SearchAbstracts.Analysis;

/// <summary>
/// What a bounded number of words became under an analysis chain: a term, or nothing (a dropped stop word).
/// </summary>
/// <remarks>
/// A <see cref="Dictionary{TKey, TValue}"/> of strings cost as much as the filters it saved (a look-up touches its
/// buckets, its entries and the key string, each somewhere else on the heap). Here a look-up is one probe into a
/// compact slot array and one comparison of characters in a shared pool, all of it small enough to stay in cache.
/// It grows as needed up to its bound, and then keeps what it has (see <see cref="Add"/>).
/// </remarks>
internal sealed class WordCache
{
    /// <summary>Room per word in the character pool: the word and its term, on average.</summary>
    private const int CharsPerWord = 24;

    /// <summary>A word and its term longer than this together are not kept: such words are rare, and the pool always has room for one.</summary>
    public const int MaxChars = 512;

    private const short DroppedMark = -1;
    private const short UnchangedMark = -2;

    /// <summary>Words a new cache has room for: a query or a short text never needs more.</summary>
    private const int InitialWords = 1024;

    private readonly int _maxWords;
    private Slot[] _slots;
    private int _mask;
    private int _capacity;
    private char[] _pool;
    private readonly uint _seed = (uint)Random.Shared.Next() | 1;
    private int _poolUsed;
    private int _count;

    /// <param name="maxWords">Words remembered at most.</param>
    public WordCache(int maxWords)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWords, 1);
        _maxWords = maxWords;
        _capacity = Math.Min(maxWords, InitialWords);
        _slots = NewSlots(_capacity);
        _mask = _slots.Length - 1;
        _pool = new char[Math.Max(_capacity * CharsPerWord, MaxChars)];
    }

    /// <summary>Words remembered now.</summary>
    public int Count => _count;

    /// <summary>
    /// Whether <paramref name="word"/> is remembered; if so, <paramref name="term"/> is what it became (the word's
    /// own characters when <paramref name="unchanged"/>), or <paramref name="dropped"/> is true when it became nothing,
    /// and <paramref name="entry"/> is its number in this cache.
    /// </summary>
    public bool TryGet(ReadOnlySpan<char> word, out ReadOnlySpan<char> term, out bool dropped, out bool unchanged, out int entry) =>
        TryGet(word, word.Length > 0 ? Hash(word) : 0, out term, out dropped, out unchanged, out entry);

    /// <summary>As <see cref="TryGet(ReadOnlySpan{char}, out ReadOnlySpan{char}, out bool, out bool, out int)"/>, with the word's <see cref="HashOf"/> already known.</summary>
    public bool TryGet(ReadOnlySpan<char> word, uint hash, out ReadOnlySpan<char> term, out bool dropped, out bool unchanged, out int entry)
    {
        if (word.Length > 0)
        {
            for (var i = (int)hash & _mask; ; i = (i + 1) & _mask)
            {
                ref var slot = ref _slots[i];
                if (slot.WordLength == 0)
                {
                    break;
                }
                if (slot.Hash == hash && slot.WordLength == word.Length && SameChars(_pool.AsSpan(slot.Start, word.Length), word))
                {
                    dropped = slot.TermLength == DroppedMark;
                    unchanged = slot.TermLength == UnchangedMark;
                    term = dropped ? default
                        : unchanged ? _pool.AsSpan(slot.Start, word.Length)
                        : _pool.AsSpan(slot.Start + word.Length, slot.TermLength);
                    entry = slot.Entry;
                    return true;
                }
            }
        }
        term = default;
        dropped = false;
        unchanged = false;
        entry = -1;
        return false;
    }

    /// <summary>
    /// Starts loading the slot where a look-up of the word of <paramref name="hash"/> begins, without waiting for it: a look-up
    /// mostly waits for that slot to come from memory (the slots of a large text's words do not fit in a core's
    /// cache), so asking a few words ahead lets that wait overlap the work on the words in between.
    /// </summary>
    /// <param name="hash">The word's <see cref="HashOf"/>.</param>
    public unsafe void PrefetchSlot(uint hash)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            fixed (Slot* slot = &_slots[(int)hash & _mask])
            {
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(slot);
            }
        }
    }

    /// <summary>
    /// The second step, once the slot is in (<see cref="PrefetchSlot"/> a few words earlier): starts loading the
    /// characters that slot points to, which a look-up compares with the word and copies the term from, when the slot
    /// holds a word of this hash and length (as it does for nearly every word, at the first slot tried).
    /// </summary>
    public unsafe void PrefetchChars(uint hash, int length)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            ref var slot = ref _slots[(int)hash & _mask];
            if (slot.Hash == hash && slot.WordLength == length)
            {
                fixed (char* chars = &_pool[slot.Start])
                {
                    System.Runtime.Intrinsics.X86.Sse.Prefetch0(chars);
                }
            }
        }
    }

    /// <summary>The hash a look-up of <paramref name="word"/> starts from (this cache's own: each cache has its seed).</summary>
    public uint HashOf(ReadOnlySpan<char> word) => Hash(word);

    /// <summary>
    /// Remembers that <paramref name="word"/> became <paramref name="term"/> (ignored when <paramref name="dropped"/>);
    /// returns its number in this cache (numbers count up from 0 and never change), or -1 when it was not kept.
    /// </summary>
    /// <remarks>
    /// Call only after <c>TryGet</c> said the word is not remembered. Empty and very long words are not kept, nor
    /// any word once the cache is full: the words met first are mostly the common ones, and keeping them beats starting
    /// afresh (which threw away every common word to make room for rare ones).
    /// </remarks>
    public int Add(ReadOnlySpan<char> word, ReadOnlySpan<char> term, bool dropped)
    {
        var unchanged = !dropped && term.Length == word.Length && SameChars(term, word);
        var termLength = dropped || unchanged ? 0 : term.Length;
        if (word.Length == 0 || word.Length + termLength > MaxChars)
        {
            return -1;
        }
        if (_count == _capacity || _poolUsed + word.Length + termLength > _pool.Length)
        {
            if (_capacity == _maxWords)
            {
                return -1;
            }
            Grow();
        }
        var hash = Hash(word);
        var i = FreeSlot(_slots, hash);
        word.CopyTo(_pool.AsSpan(_poolUsed));
        if (termLength > 0)
        {
            term.CopyTo(_pool.AsSpan(_poolUsed + word.Length));
        }
        _slots[i] = new Slot
        {
            Hash = hash,
            Start = _poolUsed,
            WordLength = (short)word.Length,
            TermLength = dropped ? DroppedMark : unchanged ? UnchangedMark : (short)term.Length,
            Entry = _count,
        };
        _poolUsed += word.Length + termLength;
        return _count++;
    }

    /// <summary>Twice the room, keeping every word: a large text or a corpus gets the cache it needs, a query a small one.</summary>
    private void Grow()
    {
        _capacity = Math.Min(_capacity * 2, _maxWords);
        var slots = NewSlots(_capacity);
        foreach (var slot in _slots)
        {
            if (slot.WordLength != 0)
            {
                slots[FreeSlot(slots, slot.Hash)] = slot;
            }
        }
        _slots = slots;
        _mask = slots.Length - 1;
        Array.Resize(ref _pool, Math.Max(_pool.Length * 2, _capacity * CharsPerWord));
    }

    /// <summary>At most half the slots are ever in use, so probe sequences stay short.</summary>
    private static Slot[] NewSlots(int words) => new Slot[(int)BitOperations.RoundUpToPowerOf2((uint)words * 2)];

    private static int FreeSlot(Slot[] slots, uint hash)
    {
        var mask = slots.Length - 1;
        var i = (int)hash & mask;
        while (slots[i].WordLength != 0)
        {
            i = (i + 1) & mask;
        }
        return i;
    }

    /// <summary>Words are short: a plain loop beats a call into the vectorized comparison.</summary>
    private static bool SameChars(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>FNV-1a over the characters from a per-cache seed, then mixed so that the low bits (the slot) depend on every character.</summary>
    private uint Hash(ReadOnlySpan<char> word)
    {
        var hash = _seed;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        return hash ^ (hash >> 12);
    }

    /// <summary>A remembered word: its characters, then its term's, start at <see cref="Start"/> in the pool.</summary>
    private struct Slot
    {
        public uint Hash;
        public int Start;

        /// <summary>0 for an empty slot (no empty word is kept).</summary>
        public short WordLength;

        /// <summary><see cref="DroppedMark"/> for a dropped word, <see cref="UnchangedMark"/> for a word that is its own term.</summary>
        public short TermLength;

        /// <summary>The word's number: how many words the cache held before it.</summary>
        public int Entry;
    }
}
