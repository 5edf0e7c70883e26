namespace Kube.Emulator.Schema;

/// <summary>
/// Thrown by <see cref="StructuralSchema.Parse"/> when an <c>openAPIV3Schema</c> cannot be used, such as a
/// keyword with the wrong JSON type or a <c>pattern</c> that is not a valid regular expression.
/// </summary>
public sealed class SchemaParseException : Exception
{
    /// <summary>Creates the exception for the schema location <paramref name="schemaPath"/>.</summary>
    /// <param name="schemaPath">The location inside the schema, such as <c>properties.spec.properties.name.pattern</c>.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The parser error, when there is one.</param>
    public SchemaParseException(string schemaPath, string message, Exception? innerException = null)
        : base($"{schemaPath}: {message}", innerException)
    {
        SchemaPath = schemaPath;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public SchemaParseException()
        : this("openAPIV3Schema", "the schema is invalid")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public SchemaParseException(string message)
        : this("openAPIV3Schema", message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The parser error.</param>
    public SchemaParseException(string message, Exception innerException)
        : this("openAPIV3Schema", message, innerException)
    {
    }

    /// <summary>The location inside the schema, such as <c>properties.spec.properties.name.pattern</c>.</summary>
    public string SchemaPath { get; }
}
