using System.Text.Json.Nodes;
using Kube.Emulator.Api;
using Kube.Emulator.Resources;

namespace Kube.Emulator.Validation;

/// <summary>Namespace defaults: the <c>kubernetes</c> finalizer in spec and the Active phase.</summary>
internal sealed class NamespaceBehavior : IKindBehavior
{
    public void PrepareForCreate(JsonObject obj, List<StatusCause> causes)
    {
        obj["spec"] = new JsonObject { ["finalizers"] = new JsonArray("kubernetes") };
        obj["status"] = new JsonObject { ["phase"] = "Active" };
    }

    public void PrepareForUpdate(JsonObject obj, JsonObject old, List<StatusCause> causes)
    {
        obj["spec"] = old["spec"]?.DeepClone();
    }
}
