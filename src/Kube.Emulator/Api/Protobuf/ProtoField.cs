namespace Kube.Emulator.Api.Protobuf;

/// <summary>How one protobuf field of a Kubernetes type maps to JSON.</summary>
internal enum ProtoKind
{
    String,
    Bytes,
    Bool,
    Int64,
    Time,
    Message,
    StringMap,
    BytesMap,
    RepeatedString,
    RepeatedMessage,
}

/// <summary>One field of a protobuf message: its JSON name, kind and, for messages, their fields.</summary>
internal sealed record ProtoField(string JsonName, ProtoKind Kind, IReadOnlyDictionary<int, ProtoField>? Message = null);
