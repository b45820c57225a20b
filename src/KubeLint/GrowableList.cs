namespace KubeLint;

/// <summary>
/// A list of values that grows and shrinks at its end, for the parser's working state and other short
/// lists of KubeLint's structs. It is KubeLint's own generic type on purpose: ReadyToRun precompiles its instantiations over
/// KubeLint's structs into KubeLint's image, where <see cref="List{T}"/> of them would be compiled by
/// the JIT at start-up in every run (a framework generic over another assembly's struct cannot be).
/// For the same reason it calls no generic framework method (<c>Array.Resize</c>, spans, <c>Array.Empty</c>).
/// </summary>
/// <typeparam name="T">The item type, usually a small struct.</typeparam>
internal sealed class GrowableList<T>
{
    private T[] _items = new T[4];

    public int Count { get; private set; }

    public T this[int index]
    {
        get => (uint)index < (uint)Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));
        set
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            _items[index] = value;
        }
    }

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            var larger = new T[Count * 2];
            Array.Copy(_items, larger, Count);
            _items = larger;
        }

        _items[Count++] = item;
    }

    public void RemoveLast()
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("the list is empty");
        }

        _items[--Count] = default!;
    }

    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
    }
}
