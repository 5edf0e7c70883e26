using Btwc.Operator.Api.ExternalSecrets;
using Btwc.Operator.Decisions.Conditions;

namespace Btwc.Operator.Reconcilers.Internal;

/// <summary>
/// Checks an ExternalSecret spec for what this operator cannot act on yet and for the combinations ESO's
/// admission webhook rejects. btwc-operator has no webhook, so these surface as a condition and an event.
/// </summary>
internal static class SpecValidation
{
    /// <summary>The condition reason for a spec that ESO's admission webhook would reject.</summary>
    public const string InvalidSpecReason = "InvalidSpec";

    public static SpecProblem? Check(ExternalSecretSpec spec)
    {
        var invalid = FindInvalid(spec);
        if (invalid.Count > 0)
        {
            return new SpecProblem(InvalidSpecReason, "invalid ExternalSecret spec: " + string.Join("; ", invalid));
        }

        var unsupported = FindUnsupported(spec);
        if (unsupported.Count > 0)
        {
            return new SpecProblem(
                ConditionReasons.Unsupported,
                $"{string.Join(", ", unsupported)} {(unsupported.Count == 1 ? "is" : "are")} not supported yet by btwc-operator, which currently syncs only dataFrom[].sourceRef.generatorRef entries; nothing was generated or written");
        }

        return null;
    }

    private static List<string> FindInvalid(ExternalSecretSpec spec)
    {
        var problems = new List<string>();
        var creation = spec.Target?.CreationPolicy ?? CreationPolicy.Owner;
        var deletion = spec.Target?.DeletionPolicy ?? DeletionPolicy.Retain;
        if (deletion == DeletionPolicy.Delete && creation is CreationPolicy.Merge or CreationPolicy.None or CreationPolicy.CreateOrMerge)
        {
            problems.Add($"deletionPolicy=Delete is not allowed with creationPolicy={creation}");
        }

        if (deletion == DeletionPolicy.Merge && creation == CreationPolicy.None)
        {
            problems.Add("deletionPolicy=Merge is not allowed with creationPolicy=None");
        }

        if ((spec.Data?.Count ?? 0) == 0 && (spec.DataFrom?.Count ?? 0) == 0)
        {
            problems.Add("either data or dataFrom should be specified");
        }

        for (var index = 0; index < (spec.DataFrom?.Count ?? 0); index++)
        {
            var entry = spec.DataFrom![index];
            var sources = (entry.Extract is null ? 0 : 1) + (entry.Find is null ? 0 : 1) + (entry.SourceRef?.GeneratorRef is null ? 0 : 1);
            if (sources > 1)
            {
                problems.Add($"spec.dataFrom[{index}] may set only one of extract, find and sourceRef.generatorRef");
            }

            if (entry.Extract is null && entry.Find is null && entry.SourceRef is null)
            {
                problems.Add($"spec.dataFrom[{index}] needs one of extract, find or sourceRef");
            }
        }

        return problems;
    }

    private static List<string> FindUnsupported(ExternalSecretSpec spec)
    {
        var fields = new List<string>();
        if (spec.SecretStoreRef is not null)
        {
            fields.Add("spec.secretStoreRef");
        }

        if ((spec.Data?.Count ?? 0) > 0)
        {
            fields.Add("spec.data");
        }

        for (var index = 0; index < (spec.DataFrom?.Count ?? 0); index++)
        {
            var entry = spec.DataFrom![index];
            AddIf(fields, entry.Extract is not null, $"spec.dataFrom[{index}].extract");
            AddIf(fields, entry.Find is not null, $"spec.dataFrom[{index}].find");
            AddIf(fields, entry.SourceRef?.StoreRef is not null, $"spec.dataFrom[{index}].sourceRef.storeRef");
            AddIf(fields, (entry.Rewrite?.Count ?? 0) > 0, $"spec.dataFrom[{index}].rewrite");
        }

        AddIf(fields, spec.Target?.Template is not null, "spec.target.template");
        AddIf(fields, spec.Target?.Manifest is not null, "spec.target.manifest");
        AddIf(fields, spec.SyncWindows is not null, "spec.syncWindows");

        return fields;
    }

    private static void AddIf(List<string> fields, bool condition, string field)
    {
        if (condition)
        {
            fields.Add(field);
        }
    }
}

/// <summary>A spec problem to report as a Ready=False condition and a Warning event.</summary>
internal sealed record SpecProblem(string Reason, string Message);
