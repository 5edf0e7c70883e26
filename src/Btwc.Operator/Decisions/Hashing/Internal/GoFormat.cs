using System.Globalization;
using System.Text;

namespace Btwc.Operator.Decisions.Hashing.Internal;

/// <summary>
/// Renders values the way Go's <c>fmt.Sprintf("%+v", x)</c> does, for the few shapes ESO hashes: maps print as
/// <c>map[k:v k2:v2]</c> with keys in byte-wise order, strings print raw (no quotes, no escaping), byte slices
/// print as <c>[1 2 3]</c>, and a nil or empty map prints as <c>map[]</c>.
/// </summary>
internal static class GoFormat
{
    public static string ByteMap(IEnumerable<KeyValuePair<string, byte[]>>? map)
    {
        var builder = new StringBuilder("map[");
        var first = true;
        foreach (var entry in Sorted(map))
        {
            if (!first)
            {
                builder.Append(' ');
            }

            first = false;
            builder.Append(entry.Key).Append(':');
            AppendBytes(builder, entry.Value);
        }

        return builder.Append(']').ToString();
    }

    public static string StringMap(IEnumerable<KeyValuePair<string, string>>? map)
    {
        var builder = new StringBuilder();
        AppendStringMap(builder, map);

        return builder.ToString();
    }

    /// <summary>Renders ESO's anonymous <c>struct{annotations, labels map[string]string}</c> with field names.</summary>
    public static string MetaStruct(
        IEnumerable<KeyValuePair<string, string>>? annotations,
        IEnumerable<KeyValuePair<string, string>>? labels)
    {
        var builder = new StringBuilder("{annotations:");
        AppendStringMap(builder, annotations);
        builder.Append(" labels:");
        AppendStringMap(builder, labels);

        return builder.Append('}').ToString();
    }

    private static void AppendStringMap(StringBuilder builder, IEnumerable<KeyValuePair<string, string>>? map)
    {
        builder.Append("map[");
        var first = true;
        foreach (var entry in Sorted(map))
        {
            if (!first)
            {
                builder.Append(' ');
            }

            first = false;
            builder.Append(entry.Key).Append(':').Append(entry.Value);
        }

        builder.Append(']');
    }

    private static void AppendBytes(StringBuilder builder, byte[]? bytes)
    {
        builder.Append('[');
        for (var i = 0; i < (bytes?.Length ?? 0); i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(bytes![i].ToString(CultureInfo.InvariantCulture));
        }

        builder.Append(']');
    }

    private static IEnumerable<KeyValuePair<string, T>> Sorted<T>(IEnumerable<KeyValuePair<string, T>>? map) =>
        map is null ? [] : map.OrderBy(entry => entry.Key, Utf8OrdinalComparer.Instance);
}
