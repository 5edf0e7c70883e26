using System.Text;

namespace Btwc.Operator.Decisions.Hashing.Internal;

/// <summary>
/// Orders strings by their UTF-8 bytes, as Go's <c>&lt;</c> on strings does. UTF-16 ordinal order differs for
/// characters above U+FFFF compared with characters from U+E000 to U+FFFF, so it cannot be used here.
/// </summary>
internal sealed class Utf8OrdinalComparer : IComparer<string>
{
    public static readonly Utf8OrdinalComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        return Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y));
    }
}
