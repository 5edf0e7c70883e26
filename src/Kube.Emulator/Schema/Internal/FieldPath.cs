namespace Kube.Emulator.Schema.Internal;

/// <summary>Builds field paths as the API server prints them: <c>spec.data[0].remoteRef</c>.</summary>
internal static class FieldPath
{
    public static string Child(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    public static string Index(string parent, int index) => $"{parent}[{index}]";
}
