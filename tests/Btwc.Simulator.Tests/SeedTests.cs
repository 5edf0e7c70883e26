using System.Net;
using System.Text.Json;
using Btwc.Simulator.Tests.Support;

namespace Btwc.Simulator.Tests;

public sealed class SeedTests
{
    private const string ExampleSite = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";

    private static string ExamplePath => Path.Combine(AppContext.BaseDirectory, "seed.example.yaml");

    private static string WriteTemp(string extension, string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"btwc-seed-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);

        return path;
    }

    [Fact]
    public void Load_ExampleYaml_HasDocumentedContent()
    {
        var seed = SimulatorSeed.Load(ExamplePath);

        var site = Assert.Single(seed.Sites);
        Assert.Equal(ExampleSite, site.Id);
        Assert.Contains(site.Tokens, t => t.Value == "dev-token");
        var aws = Assert.Single(site.DynamicSecrets, d => d.Path == "production/aws-temp");
        Assert.Equal("aws", aws.Type);
        Assert.Equal(3600, aws.TtlSeconds);
        Assert.Contains(site.DynamicSecrets, d => d.Type == "azure");
        Assert.Contains(site.StaticSecrets, s => s.Path.Count(c => c == '/') >= 2 && s.Tags is { Count: > 0 });
    }

    [Fact]
    public async Task Start_WithExampleSeed_ServesItsSecrets()
    {
        await using var harness = await Harness.StartAsync(o => o.Seed = SimulatorSeed.Load(ExamplePath));

        using var generated = await harness.GenerateAsync("production", "aws-temp", token: "dev-token");
        var (status, body) = await harness.SendJsonAsync(HttpMethod.Get, "/static/postgresCreds?folder=prod/db", token: "dev-token");

        Assert.Equal(HttpStatusCode.Created, generated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Number, body.GetProperty("secret").GetProperty("port").ValueKind);
        Assert.Equal(5432, body.GetProperty("secret").GetProperty("port").GetInt32());
    }

    [Fact]
    public void ParseYaml_Scalars_KeepYamlTypes()
    {
        const string yaml = """
            sites:
              - id: s1
                staticSecrets:
                  - path: a/b
                    secret:
                      quoted: "5432"
                      number: 1.50
                      negative: -7
                      yes: true
                      nothing: ~
                      word: hello world
                      hex: 0x1F
                      list: [1, two]
                      map: {k: v}
            """;

        var seed = SimulatorSeed.ParseYaml(yaml);
        var secret = seed.Sites[0].StaticSecrets[0].Secret!;

        Assert.Equal("""{"quoted":"5432","number":1.50,"negative":-7,"yes":true,"nothing":null,"word":"hello world","hex":"0x1F","list":[1,"two"],"map":{"k":"v"}}""", secret.ToJsonString());
    }

    [Fact]
    public void Load_Json_EquivalentToYaml()
    {
        var path = WriteTemp(".json", """
            {"sites":[{"id":"s1","tokens":[{"value":"t","expiresAt":"2030-01-01T00:00:00Z","permissions":[{"folder":"prod","actions":["read","generate"]}]}],
              "staticSecrets":[{"path":"prod/x","secret":{"n":1},"tags":{"env":"prod"}}],
              "dynamicSecrets":[{"path":"prod/az","type":"azure","ttlSeconds":7200}]}]}
            """);

        var seed = SimulatorSeed.Load(path);
        var site = Assert.Single(seed.Sites);
        var token = Assert.Single(site.Tokens);

        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), token.ExpiresAt);
        Assert.Equal(["read", "generate"], token.Permissions![0].Actions);
        Assert.Equal("prod", site.StaticSecrets[0].Tags!["env"]);
        Assert.Equal(7200, site.DynamicSecrets[0].TtlSeconds);
    }

    [Fact]
    public async Task Apply_TokenPermissionsAndExpiry_AreEnforced()
    {
        var seed = SimulatorSeed.ParseYaml("""
            sites:
              - id: a1b2c3d4-e5f6-7890-abcd-ef1234567890
                tokens:
                  - value: reader
                    expiresAt: 2026-01-02T04:00:00Z
                    permissions:
                      - folder: prod
                        actions: [read]
                staticSecrets:
                  - path: prod/x
                    secret: {k: v}
                dynamicSecrets:
                  - path: prod/aws
                    type: aws
            """);
        await using var harness = await Harness.StartAsync(o => o.Seed = seed);

        var (read, _) = await harness.SendJsonAsync(HttpMethod.Get, "/static/x?folder=prod", token: "reader");
        using var generate = await harness.GenerateAsync("prod", "aws", token: "reader");
        harness.Time.Advance(TimeSpan.FromHours(1));
        var (expired, _) = await harness.SendJsonAsync(HttpMethod.Get, "/static/x?folder=prod", token: "reader");

        Assert.Equal(HttpStatusCode.OK, read);
        Assert.Equal(HttpStatusCode.Forbidden, generate.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired);
    }

    [Fact]
    public void ParseYaml_Invalid_ThrowsFormatNamingSource()
    {
        var error = Assert.Throws<FormatException>(() => SimulatorSeed.ParseYaml("sites: [unclosed", "my-seed.yaml"));

        Assert.Contains("'my-seed.yaml'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseYaml_UnknownKey_ThrowsFormat()
    {
        var error = Assert.Throws<FormatException>(() => SimulatorSeed.ParseYaml("sites:\n  - id: s\n    tokenz: []\n"));

        Assert.Contains("tokenz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseJson_NotAnObject_ThrowsFormat()
    {
        Assert.Throws<FormatException>(() => SimulatorSeed.ParseJson("[1,2]"));
    }

    [Fact]
    public void Apply_UnknownAction_ThrowsNamingIt()
    {
        var seed = SimulatorSeed.ParseYaml("sites:\n  - id: s\n    tokens:\n      - value: t\n        permissions:\n          - folder: a\n            actions: [write]\n");
        var state = new SimulatorState(TimeProvider.System, new Internal.SimulatorRandom(1));

        var error = Assert.Throws<ArgumentException>(() => state.Apply(seed));

        Assert.Contains("'write'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_UnknownType_ThrowsNamingIt()
    {
        var seed = SimulatorSeed.ParseYaml("sites:\n  - id: s\n    dynamicSecrets:\n      - path: a/b\n        type: gcp\n");
        var state = new SimulatorState(TimeProvider.System, new Internal.SimulatorRandom(1));

        var error = Assert.Throws<ArgumentException>(() => state.Apply(seed));

        Assert.Contains("'gcp'", error.Message, StringComparison.Ordinal);
    }
}
