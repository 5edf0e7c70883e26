using System.Text;

namespace Kube.Emulator.Hosting.Internal;

/// <summary>Renders a kubeconfig with one cluster, user and context named <c>kube-emulator</c>.</summary>
internal static class KubeconfigWriter
{
    /// <summary>The token written when the emulator requires none.</summary>
    public const string NoAuthPlaceholderToken = "kube-emulator-no-auth";

    public static string Render(Uri baseUrl, string? token)
    {
        string server = baseUrl.GetLeftPart(UriPartial.Authority);
        var text = new StringBuilder();
        text.AppendLine("apiVersion: v1");
        text.AppendLine("kind: Config");
        text.AppendLine("clusters:");
        text.AppendLine("- name: kube-emulator");
        text.AppendLine("  cluster:");
        text.AppendLine($"    server: {server}");
        text.AppendLine("users:");
        text.AppendLine("- name: kube-emulator");
        // KubernetesClient rejects a user entry without credentials, so an emulator that needs no token still
        // gets a placeholder one; the server ignores it.
        var userToken = token ?? NoAuthPlaceholderToken;
        text.AppendLine($"  user:\n    token: \"{userToken.Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
        text.AppendLine("contexts:");
        text.AppendLine("- name: kube-emulator");
        text.AppendLine("  context:");
        text.AppendLine("    cluster: kube-emulator");
        text.AppendLine("    user: kube-emulator");
        text.AppendLine("    namespace: default");
        text.AppendLine("current-context: kube-emulator");

        return text.ToString();
    }
}
