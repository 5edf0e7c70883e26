using System.Text.Json.Nodes;
using Kube.Emulator.Resources;

namespace Kube.Emulator.Discovery;

/// <summary>
/// The legacy discovery documents: <c>/api</c>, <c>/apis</c>, <c>/apis/{group}</c> and the APIResourceList of a
/// group-version. Clients that ask for aggregated discovery get these too and fall back, as with older servers.
/// </summary>
internal sealed class DiscoveryDocuments(ResourceRegistry registry)
{
    private static readonly string[] Verbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
    private static readonly string[] StatusVerbs = ["get", "patch", "update"];

    public JsonObject CoreVersions(string serverAddress) => new()
    {
        ["kind"] = "APIVersions",
        ["versions"] = new JsonArray("v1"),
        ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = serverAddress }),
    };

    public JsonObject Groups()
    {
        var groups = new JsonArray();
        foreach ((string group, IReadOnlyList<string> versions) in registry.Groups())
        {
            groups.Add(GroupNode(group, versions));
        }

        return new JsonObject { ["kind"] = "APIGroupList", ["apiVersion"] = "v1", ["groups"] = groups };
    }

    public JsonObject? Group(string name)
    {
        foreach ((string group, IReadOnlyList<string> versions) in registry.Groups())
        {
            if (group == name)
            {
                JsonObject node = GroupNode(group, versions);
                node["kind"] = "APIGroup";
                node["apiVersion"] = "v1";
                return node;
            }
        }

        return null;
    }

    public JsonObject Resources(string group, string version)
    {
        var resources = new JsonArray();
        foreach (ResourceType type in registry.InGroupVersion(group, version))
        {
            var resource = new JsonObject
            {
                ["name"] = type.Plural,
                ["singularName"] = type.Singular,
                ["namespaced"] = type.Namespaced,
                ["kind"] = type.Kind,
                ["verbs"] = new JsonArray(Verbs.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
            };
            if (type.ShortNames.Count > 0)
            {
                resource["shortNames"] = new JsonArray(type.ShortNames.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
            }

            if (type.Categories.Count > 0)
            {
                resource["categories"] = new JsonArray(type.Categories.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
            }

            resources.Add(resource);
            if (type.HasStatus)
            {
                resources.Add(new JsonObject
                {
                    ["name"] = type.Plural + "/status",
                    ["singularName"] = string.Empty,
                    ["namespaced"] = type.Namespaced,
                    ["kind"] = type.Kind,
                    ["verbs"] = new JsonArray(StatusVerbs.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
                });
            }
        }

        return new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = group.Length == 0 ? version : $"{group}/{version}",
            ["resources"] = resources,
        };
    }

    private static JsonObject GroupNode(string group, IReadOnlyList<string> versions)
    {
        var list = new JsonArray();
        foreach (string version in versions)
        {
            list.Add(new JsonObject { ["groupVersion"] = $"{group}/{version}", ["version"] = version });
        }

        return new JsonObject
        {
            ["name"] = group,
            ["versions"] = list,
            ["preferredVersion"] = new JsonObject { ["groupVersion"] = $"{group}/{versions[0]}", ["version"] = versions[0] },
        };
    }
}
