using Btwc.Cli.Tests.EndToEnd;
using k8s;
using k8s.Models;

namespace Btwc.Cli.Tests.Dev;

/// <summary>The install manifest grants every API call the operator makes.</summary>
public sealed class DeployManifestTests
{
    public static TheoryData<string, string, string> RequiredPermissions => new()
    {
        { "external-secrets.io", "externalsecrets", "get" },
        { "external-secrets.io", "externalsecrets", "list" },
        { "external-secrets.io", "externalsecrets", "watch" },
        { "external-secrets.io", "externalsecrets", "patch" },
        { "external-secrets.io", "externalsecrets/status", "update" },
        { "generators.external-secrets.io", "beyondtrustworkloadcredentialsdynamicsecrets", "get" },
        { "generators.external-secrets.io", "beyondtrustworkloadcredentialsdynamicsecrets", "list" },
        { "generators.external-secrets.io", "beyondtrustworkloadcredentialsdynamicsecrets", "watch" },
        { "generators.external-secrets.io", "clustergenerators", "get" },
        { "generators.external-secrets.io", "clustergenerators", "list" },
        { "generators.external-secrets.io", "clustergenerators", "watch" },
        { "", "secrets", "get" },
        { "", "secrets", "list" },
        { "", "secrets", "watch" },
        { "", "secrets", "create" },
        { "", "secrets", "update" },
        { "", "secrets", "delete" },
        { "", "configmaps", "get" },
        { "", "events", "create" },
        { "", "events", "patch" },
    };

    [Theory]
    [MemberData(nameof(RequiredPermissions))]
    public void ClusterRole_GrantsOperatorCall(string group, string resource, string verb)
    {
        var role = Load().OfType<V1ClusterRole>().Single();

        var granted = role.Rules.Any(rule => rule.ApiGroups.Contains(group) && rule.Resources.Contains(resource) && rule.Verbs.Contains(verb));

        Assert.True(granted, $"the ClusterRole does not grant {verb} on {resource} in group \"{group}\"");
    }

    [Fact]
    public void LeaderElectionRole_GrantsLeases()
    {
        var role = Load().OfType<V1Role>().Single();

        var rule = Assert.Single(role.Rules);
        Assert.Contains("leases", rule.Resources);
        Assert.Equal(["get", "create", "update"], rule.Verbs);
    }

    [Fact]
    public void Deployment_RunsTheOperatorWithLeaderElection()
    {
        var deployment = Load().OfType<V1Deployment>().Single();

        var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
        Assert.Equal("run", container.Args[0]);
        Assert.Contains("--leader-elect", container.Args);
        Assert.Equal("btwc-operator", deployment.Spec.Template.Spec.ServiceAccountName);
    }

    private static List<object> Load() =>
        KubernetesYaml.LoadAllFromString(File.ReadAllText(Path.Combine(OperatorStack.RepositoryRoot(), "deploy", "operator", "operator.yaml")));
}
