namespace Kube.Emulator.Schema;

/// <summary>
/// How <see cref="StructuralSchema.Apply"/> treats fields the schema does not declare, matching the
/// <c>fieldValidation</c> query parameter of the Kubernetes API.
/// </summary>
public enum SchemaApplyMode
{
    /// <summary>Removes unknown fields silently (<c>fieldValidation=Ignore</c>).</summary>
    Prune,

    /// <summary>Removes unknown fields and reports each as a warning (<c>fieldValidation=Warn</c>, the default).</summary>
    Warn,

    /// <summary>Reports each unknown field as an error (<c>fieldValidation=Strict</c>).</summary>
    Strict,
}
