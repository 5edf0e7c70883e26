using System.Text.Json.Nodes;
using Kube.Emulator.Api;

namespace Kube.Emulator.Resources;

/// <summary>Defaults and validation of one built-in kind, the part of a registry strategy the emulator keeps.</summary>
internal interface IKindBehavior
{
    /// <summary>Normalizes and validates a new object; adds a cause for every invalid field.</summary>
    void PrepareForCreate(JsonObject obj, List<StatusCause> causes);

    /// <summary>Normalizes and validates a replacement of <paramref name="old"/>; adds a cause for every invalid field.</summary>
    void PrepareForUpdate(JsonObject obj, JsonObject old, List<StatusCause> causes);
}
