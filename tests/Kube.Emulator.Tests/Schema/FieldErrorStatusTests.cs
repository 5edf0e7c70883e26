using System.Text.Json.Nodes;
using k8s;
using k8s.Models;
using Kube.Emulator.Schema;
using static Kube.Emulator.Tests.Schema.SchemaFixtures;

namespace Kube.Emulator.Tests.Schema;

public sealed class FieldErrorStatusTests
{
    private static readonly FieldError CreationPolicy = new(
        "spec.target.creationPolicy",
        FieldErrorTypes.NotSupported,
        "Unsupported value: \"Foo\": supported values: \"Owner\", \"Orphan\", \"Merge\", \"None\", \"CreateOrMerge\"",
        "Foo");

    private static readonly FieldError RemoteRef = new("spec.data[0].remoteRef", FieldErrorTypes.Required, "Required value", null);

    [Fact]
    public void ToStatusCause_HasReasonMessageField()
    {
        var cause = RemoteRef.ToStatusCause();

        Assert.Equal("""{"reason":"FieldValueRequired","message":"Required value","field":"spec.data[0].remoteRef"}""", cause.ToJsonString());
    }

    [Fact]
    public void ToInvalidStatus_OneError_MessageWithoutBrackets()
    {
        var status = FieldError.ToInvalidStatus("external-secrets.io", "ExternalSecret", "es1", [CreationPolicy]);

        Assert.Equal(
            "ExternalSecret.external-secrets.io \"es1\" is invalid: spec.target.creationPolicy: Unsupported value: \"Foo\": supported values: \"Owner\", \"Orphan\", \"Merge\", \"None\", \"CreateOrMerge\"",
            status["message"]!.GetValue<string>());
        Assert.Equal("Invalid", status["reason"]!.GetValue<string>());
        Assert.Equal(422, status["code"]!.GetValue<int>());
    }

    [Fact]
    public void ToInvalidStatus_SeveralErrors_MessageInBrackets()
    {
        var status = FieldError.ToInvalidStatus("external-secrets.io", "ExternalSecret", "es1", [CreationPolicy, RemoteRef, RemoteRef]);

        var message = status["message"]!.GetValue<string>();
        Assert.StartsWith("ExternalSecret.external-secrets.io \"es1\" is invalid: [spec.target.creationPolicy: Unsupported value: \"Foo\"", message, StringComparison.Ordinal);
        Assert.EndsWith(", spec.data[0].remoteRef: Required value]", message, StringComparison.Ordinal);
        Assert.Equal(3, status["details"]!["causes"]!.AsArray().Count);
    }

    [Fact]
    public void ToInvalidStatus_CoreGroup_OmitsGroup()
    {
        var error = new FieldError("data[key]", FieldErrorTypes.Invalid, "Invalid value: \"!\": illegal base64 data at input byte 0", "!");

        var status = FieldError.ToInvalidStatus("", "Secret", "db", [error]);

        Assert.Equal("Secret \"db\" is invalid: data[key]: Invalid value: \"!\": illegal base64 data at input byte 0", status["message"]!.GetValue<string>());
        Assert.False(status["details"]!.AsObject().ContainsKey("group"));
    }

    [Fact]
    public void ToInvalidStatus_Warnings_AreLeftOut()
    {
        var warning = new FieldError("spec.foo", FieldErrorTypes.Unknown, "unknown field \"spec.foo\"", null) { IsWarning = true };

        var status = FieldError.ToInvalidStatus("external-secrets.io", "ExternalSecret", "es1", [warning, RemoteRef]);

        Assert.Single(status["details"]!["causes"]!.AsArray());
    }

    [Fact]
    public void ToInvalidStatus_ReadByKubernetesClient()
    {
        var resource = ExternalSecretObject("""{"target": {"creationPolicy": "Foo"}, "data": [{"secretKey": "a"}]}""");
        var errors = ExternalSecret().Apply(resource, SchemaApplyMode.Strict);

        var json = FieldError.ToInvalidStatus("external-secrets.io", "ExternalSecret", "es1", errors).ToJsonString();
        var status = KubernetesJson.Deserialize<V1Status>(json);

        Assert.Equal("Failure", status.Status);
        Assert.Equal(422, status.Code);
        Assert.Equal("ExternalSecret", status.Details.Kind);
        Assert.Equal("external-secrets.io", status.Details.Group);
        Assert.Equal("es1", status.Details.Name);
        Assert.Equal(["spec.target.creationPolicy", "spec.data[0].remoteRef"], status.Details.Causes.Select(cause => cause.Field));
        Assert.Equal(["FieldValueNotSupported", "FieldValueRequired"], status.Details.Causes.Select(cause => cause.Reason));
    }

    [Fact]
    public void ToStrictDecodingStatus_ListsUnknownFields()
    {
        var resource = ExternalSecretObject("""{"foo": 1, "target": {"bar": 2}}""");
        var errors = ExternalSecret().Apply(resource, SchemaApplyMode.Strict);

        var status = FieldError.ToStrictDecodingStatus("ExternalSecret", "v1", errors);

        Assert.Equal(
            "ExternalSecret in version \"v1\" cannot be handled as a ExternalSecret: strict decoding error: unknown field \"spec.foo\", unknown field \"spec.target.bar\"",
            status["message"]!.GetValue<string>());
        Assert.Equal("BadRequest", status["reason"]!.GetValue<string>());
        Assert.Equal(400, status["code"]!.GetValue<int>());
    }

    [Fact]
    public void ToString_JoinsFieldAndMessage()
    {
        var text = RemoteRef.ToString();

        Assert.Equal("spec.data[0].remoteRef: Required value", text);
    }

    [Fact]
    public void ToStatusCause_FromApply_CarriesServerMessage()
    {
        var resource = new JsonObject { ["spec"] = JsonNode.Parse("""{"mode": "C"}""") };

        var cause = Assert.Single(Keywords().Apply(resource, SchemaApplyMode.Strict)).ToStatusCause();

        Assert.Equal("FieldValueNotSupported", cause["reason"]!.GetValue<string>());
        Assert.Equal("Unsupported value: \"C\": supported values: \"A\", \"B\"", cause["message"]!.GetValue<string>());
        Assert.Equal("spec.mode", cause["field"]!.GetValue<string>());
    }
}
