using System.Globalization;
using System.Text.Json.Nodes;

namespace Kube.Emulator.Schema.Internal;

/// <summary>
/// Checks of <c>allOf</c>, <c>anyOf</c>, <c>oneOf</c> and <c>not</c>. Structural schemas allow them only for value
/// validations, so they never change pruning or defaulting.
/// </summary>
/// <remarks>
/// The API server reports a failed composite without a field, which prints as <c>&lt;nil&gt;</c>, and names the
/// path in the quoted message, such as <c>&lt;nil&gt;: Invalid value: "": "spec" must validate at least one schema
/// (anyOf)</c>. For anyOf and oneOf it adds the errors of the branch with the fewest errors.
/// </remarks>
internal sealed partial class SchemaValidator
{
    private void ValidateComposites(JsonNode value, SchemaNode schema, string path)
    {
        foreach (var branch in schema.AllOf)
        {
            errors.AddRange(BranchErrors(value, branch, path));
        }

        if (schema.AnyOf.Count > 0)
        {
            var results = schema.AnyOf.Select(branch => BranchErrors(value, branch, path)).ToList();
            if (!results.Any(result => result.Count == 0))
            {
                AddComposite(path, "must validate at least one schema (anyOf)");
                errors.AddRange(results.MinBy(result => result.Count)!);
            }
        }

        if (schema.OneOf.Count > 0)
        {
            ValidateOneOf(value, schema.OneOf, path);
        }

        if (schema.Not is not null && BranchErrors(value, schema.Not, path).Count == 0)
        {
            AddComposite(path, "must not validate the schema (not)");
        }
    }

    private void ValidateOneOf(JsonNode value, IReadOnlyList<SchemaNode> branches, string path)
    {
        var results = branches.Select(branch => BranchErrors(value, branch, path)).ToList();
        var validCount = results.Count(result => result.Count == 0);
        if (validCount == 1)
        {
            return;
        }

        if (validCount == 0)
        {
            AddComposite(path, "must validate one and only one schema (oneOf). Found none valid");
            errors.AddRange(results.MinBy(result => result.Count)!);

            return;
        }

        AddComposite(path, string.Create(CultureInfo.InvariantCulture, $"must validate one and only one schema (oneOf). Found {validCount} valid alternatives"));
    }

    private static List<FieldError> BranchErrors(JsonNode value, SchemaNode branch, string path)
    {
        var branchErrors = new List<FieldError>();
        new SchemaValidator(branchErrors).Validate(value, branch, path);

        return branchErrors;
    }

    private void AddComposite(string path, string failure) =>
        errors.Add(new FieldError("<nil>", FieldErrorTypes.Invalid, $"Invalid value: \"\": {JsonValueText.GoQuote(path)} {failure}", ""));
}
