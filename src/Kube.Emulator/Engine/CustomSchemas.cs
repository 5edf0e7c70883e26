using System.Text.Json.Nodes;
using Kube.Emulator.Api;
using Kube.Emulator.Resources;
using Kube.Emulator.Schema;

namespace Kube.Emulator.Engine;

/// <summary>Applies a CRD version's structural schema and sorts its findings into unknown fields and field errors.</summary>
internal static class CustomSchemas
{
    public static void Apply(CustomResourceVersion custom, JsonObject served, FieldValidation validation, List<StatusCause> causes, List<string> unknown)
    {
        if (custom.Structural is not { } schema)
        {
            return;
        }

        SchemaApplyMode mode = validation switch
        {
            FieldValidation.Strict => SchemaApplyMode.Strict,
            FieldValidation.Warn => SchemaApplyMode.Warn,
            _ => SchemaApplyMode.Prune,
        };
        foreach (FieldError error in schema.Apply(served, mode))
        {
            if (error.Type == FieldErrorTypes.Unknown)
            {
                unknown.Add(error.Field);
            }
            else
            {
                causes.Add(new StatusCause(error.Type, error.Message, error.Field));
            }
        }
    }
}
