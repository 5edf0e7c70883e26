using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kube.Emulator.Api;

namespace Kube.Emulator.Validation;

/// <summary>The name, label and annotation rules of ObjectMeta validation.</summary>
internal static partial class NameRules
{
    public const string SubdomainMessage = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

    public const string LabelMessage = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

    private const string QualifiedNameMessage = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

    private const string LabelValueMessage = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

    public static bool IsSubdomain(string value) => value.Length is > 0 and <= 253 && Subdomain().IsMatch(value);

    public static bool IsLabel(string value) => value.Length is > 0 and <= 63 && Label().IsMatch(value);

    /// <summary>Validates name, labels and annotations of an object's metadata.</summary>
    public static void ValidateMetadata(JsonObject metadata, bool nameIsLabel, List<StatusCause> causes)
    {
        string name = (string?)metadata["name"] ?? string.Empty;
        if (name.Length == 0)
        {
            causes.Add(StatusCause.Required("metadata.name", "name or generateName is required"));
        }
        else if (nameIsLabel ? !IsLabel(name) : !IsSubdomain(name))
        {
            causes.Add(StatusCause.Invalid("metadata.name", name, nameIsLabel ? LabelMessage : SubdomainMessage));
        }

        if (metadata["labels"] is JsonObject labels)
        {
            foreach (KeyValuePair<string, JsonNode?> label in labels)
            {
                ValidateQualifiedName(label.Key, "metadata.labels", causes);
                string value = label.Value?.ToString() ?? string.Empty;
                if (value.Length > 63 || (value.Length > 0 && !QualifiedName().IsMatch(value)))
                {
                    causes.Add(StatusCause.Invalid("metadata.labels", value, LabelValueMessage));
                }
            }
        }

        if (metadata["annotations"] is JsonObject annotations)
        {
            foreach (KeyValuePair<string, JsonNode?> annotation in annotations)
            {
                ValidateQualifiedName(annotation.Key, "metadata.annotations", causes);
            }
        }
    }

    private static void ValidateQualifiedName(string key, string field, List<StatusCause> causes)
    {
        int slash = key.IndexOf('/', StringComparison.Ordinal);
        string prefix = slash < 0 ? string.Empty : key[..slash];
        string name = slash < 0 ? key : key[(slash + 1)..];
        if (slash >= 0 && !IsSubdomain(prefix))
        {
            causes.Add(StatusCause.Invalid(field, key, "prefix part " + SubdomainMessage));
        }

        if (name.Length is 0 or > 63 || !QualifiedName().IsMatch(name))
        {
            causes.Add(StatusCause.Invalid(field, key, QualifiedNameMessage));
        }
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex Subdomain();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Label();

    [GeneratedRegex("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")]
    private static partial Regex QualifiedName();
}
