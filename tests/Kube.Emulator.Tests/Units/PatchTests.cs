using System.Text.Json.Nodes;
using Kube.Emulator.Api;
using Kube.Emulator.Patching;

namespace Kube.Emulator.Tests.Units;

public sealed class PatchTests
{
    [Fact]
    public void JsonPatch_MoveAndCopy_RearrangeDocument()
    {
        JsonNode target = JsonNode.Parse("""{"a":{"b":1},"list":[1,2]}""")!;
        JsonNode patch = JsonNode.Parse("""[{"op":"copy","from":"/a/b","path":"/c"},{"op":"move","from":"/a","path":"/d"},{"op":"add","path":"/list/-","value":3},{"op":"replace","path":"/list/0","value":0}]""")!;

        JsonNode result = JsonPatch.Apply(target, patch);

        Assert.Equal("""{"list":[0,2,3],"c":1,"d":{"b":1}}""", result.ToJsonString());
    }

    [Fact]
    public void JsonPatch_EscapedPointer_AddsKeyWithSlash()
    {
        JsonNode target = JsonNode.Parse("""{"metadata":{"labels":{}}}""")!;
        JsonNode patch = JsonNode.Parse("""[{"op":"add","path":"/metadata/labels/example.com~1team","value":"a"}]""")!;

        JsonNode result = JsonPatch.Apply(target, patch);

        Assert.Equal("a", (string?)result["metadata"]!["labels"]!["example.com/team"]);
    }

    [Fact]
    public void JsonPatch_RemoveMissing_ReturnsInvalid()
    {
        var error = Assert.Throws<ApiException>(() => JsonPatch.Apply(JsonNode.Parse("{}")!, JsonNode.Parse("""[{"op":"remove","path":"/x"}]""")));

        Assert.Equal(422, error.Code);
    }

    [Fact]
    public void MergePatch_NullRemovesAndListsReplace()
    {
        JsonNode target = JsonNode.Parse("""{"a":1,"b":{"c":2,"d":3},"list":[1,2]}""")!;
        JsonNode patch = JsonNode.Parse("""{"a":null,"b":{"c":5},"list":[9]}""")!;

        JsonNode? result = JsonMergePatch.Apply(target, patch);

        Assert.Equal("""{"b":{"c":5,"d":3},"list":[9]}""", result!.ToJsonString());
    }

    [Fact]
    public void StrategicMerge_Directives_AreHonouredOrDropped()
    {
        JsonNode target = JsonNode.Parse("""{"spec":{"keep":1,"finalizers":["a","b"]},"gone":{"x":1}}""")!;
        JsonNode patch = JsonNode.Parse("""{"$setElementOrder/containers":[{"name":"c"}],"spec":{"$deleteFromPrimitiveList/finalizers":["a"]},"gone":{"$patch":"delete"}}""")!;

        JsonNode? result = JsonMergePatch.Apply(target, patch, strategic: true);

        Assert.Equal("""{"spec":{"keep":1,"finalizers":["b"]}}""", result!.ToJsonString());
    }
}
