using System.Collections;

namespace Btwc.Operator.Runtime.Controllers.Internal;

/// <summary>
/// The logging scope of one reconcile pass: the controller, and the namespace and name when the key is an
/// <see cref="ObjectKey"/> (otherwise the key's text).
/// </summary>
internal sealed class KeyLogScope(string controller, string? namespaceName, string name) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public static KeyLogScope For<TKey>(string controller, TKey key)
        where TKey : notnull =>
        key is ObjectKey objectKey
            ? new KeyLogScope(controller, objectKey.Namespace, objectKey.Name)
            : new KeyLogScope(controller, null, key.ToString() ?? "");

    public int Count => 3;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("Controller", controller),
        1 => new("Namespace", namespaceName),
        2 => new("Name", name),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => namespaceName is null ? $"{controller} {name}" : $"{controller} {namespaceName}/{name}";
}
