using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Btwc.Operator.Api.Schema.Internal;

/// <summary>Reads the XML documentation file of an assembly and turns <c>summary</c> elements into schema descriptions.</summary>
internal sealed partial class DocumentationComments
{
    private readonly Dictionary<string, string> summaries;

    private DocumentationComments(Dictionary<string, string> summaries)
    {
        this.summaries = summaries;
    }

    /// <summary>Loads the documentation file that the build writes next to the assembly.</summary>
    /// <exception cref="InvalidOperationException">The documentation file is missing.</exception>
    public static DocumentationComments Load(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The XML documentation file '{path}' was not found, so the CRD descriptions cannot be generated. " +
                "Build the project with GenerateDocumentationFile=true and keep the .xml file next to the assembly.");
        }

        var document = XDocument.Load(path);
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in document.Descendants("member"))
        {
            var name = member.Attribute("name")?.Value;
            var summary = member.Element("summary");
            if (name is not null && summary is not null)
            {
                summaries[name] = ToPlainText(summary);
            }
        }

        return new DocumentationComments(summaries);
    }

    /// <summary>Returns the summary of a type, or null when it has none.</summary>
    public string? For(Type type) => summaries.GetValueOrDefault("T:" + MemberName(type));

    /// <summary>Returns the summary of a property, or null when it has none.</summary>
    public string? For(PropertyInfo property) =>
        summaries.GetValueOrDefault("P:" + MemberName(property.DeclaringType!) + "." + property.Name);

    private static string MemberName(Type type) => type.FullName!.Replace('+', '.');

    private static string ToPlainText(XElement element)
    {
        var text = new StringBuilder();
        AppendText(element, text);

        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    private static void AppendText(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText textNode:
                    text.Append(textNode.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } reference:
                    text.Append(ReferenceText(reference));
                    break;
                case XElement child:
                    AppendText(child, text);
                    break;
            }
        }
    }

    private static string ReferenceText(XElement reference)
    {
        var word = reference.Attribute("langword")?.Value;
        if (word is not null)
        {
            return word;
        }

        // A cref such as "T:Btwc.Operator.Api.Generators.ClusterGenerator" reads as its last name.
        var cref = reference.Attribute("cref")?.Value ?? "";
        var name = cref.Split('(')[0];

        return name[(name.LastIndexOf('.') + 1)..];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
