using System.Text;
using Btwc.Operator.Decisions.Hashing;

namespace Btwc.Operator.Tests.Decisions.Hashing;

public sealed class EsoHashTests
{
    [Fact]
    public void DataHash_EsoTestVector_MatchesEso()
    {
        var data = new Dictionary<string, byte[]>
        {
            ["foo"] = Encoding.UTF8.GetBytes("value1"),
            ["bar"] = Encoding.UTF8.GetBytes("value2"),
        };

        var hash = EsoHash.DataHash(data);

        Assert.Equal("1bed8bcbcb4547ffe19a19cd47d9078e84aa6598266d86b99f992d64", hash);
    }

    [Fact]
    public void DataHash_EmptyAndNull_HashAsEmptyGoMap()
    {
        var empty = EsoHash.DataHash(new Dictionary<string, byte[]>());
        var missing = EsoHash.DataHash(null);

        Assert.Equal("74a974446e359fb3e6baff9bd0058950e6edd0f040888d9989b0a11b", empty);
        Assert.Equal(empty, missing);
        Assert.Equal(EsoHash.Sha3Hex("map[]"), empty);
    }

    [Fact]
    public void DataHash_RendersEmptyValueAsEmptyBrackets()
    {
        var data = new Dictionary<string, byte[]> { ["b"] = [], ["a"] = [0, 255] };

        var hash = EsoHash.DataHash(data);

        Assert.Equal(EsoHash.Sha3Hex("map[a:[0 255] b:[]]"), hash);
    }

    [Fact]
    public void DataHash_SortsKeysByUtf8Bytes()
    {
        // U+FF21 (3 UTF-8 bytes, EF BC A1) sorts before U+1F600 (4 bytes, F0 9F 98 80) by bytes,
        // but after it by UTF-16 code units (FF21 > D83D).
        var data = new Dictionary<string, byte[]> { ["\U0001F600"] = [1], ["\uFF21"] = [2], ["Z"] = [3] };

        var hash = EsoHash.DataHash(data);

        Assert.Equal(EsoHash.Sha3Hex("map[Z:[3] \uFF21:[2] \U0001F600:[1]]"), hash);
    }

    [Fact]
    public void DataHash_IgnoresInsertionOrder()
    {
        var first = new List<KeyValuePair<string, byte[]>> { new("b", [1]), new("a", [2]) };
        var second = new List<KeyValuePair<string, byte[]>> { new("a", [2]), new("b", [1]) };

        Assert.Equal(EsoHash.DataHash(first), EsoHash.DataHash(second));
    }

    [Fact]
    public void CreatedByLabelValue_DefaultMyEs_MatchesVector()
    {
        var label = EsoHash.CreatedByLabelValue("default", "my-es");

        Assert.Equal("b8464376b5fe3535e690594280bfe59b60be2603cb6cbb6d6c8bcbb4", label);
        Assert.Equal(56, label.Length);
    }

    [Fact]
    public void MetadataHash_NoLabelsOrAnnotations_MatchesVector()
    {
        var hash = EsoHash.MetadataHash(null, new Dictionary<string, string>());

        Assert.Equal("f47fe3c0b255b6dd8047cdffa772587bb829efe7a1cb70febeda2eb2", hash);
    }

    [Fact]
    public void SyncedResourceVersion_RendersAnnotationsBeforeLabelsRaw()
    {
        var labels = new Dictionary<string, string> { ["team"] = "x", ["app"] = "a b" };
        var annotations = new Dictionary<string, string> { ["external-secrets.io/force-sync"] = "1700000000" };

        var version = EsoHash.SyncedResourceVersion(3, labels, annotations);

        var expected = EsoHash.Sha3Hex("{annotations:map[external-secrets.io/force-sync:1700000000] labels:map[app:a b team:x]}");
        Assert.Equal("3-" + expected, version);
    }

    [Fact]
    public void SyncedResourceVersion_EmptyMetadata_UsesGeneration()
    {
        var version = EsoHash.SyncedResourceVersion(1, null, null);

        Assert.Equal("1-f47fe3c0b255b6dd8047cdffa772587bb829efe7a1cb70febeda2eb2", version);
    }

    [Fact]
    public void FieldManager_ShortName_UsesPlainForm()
    {
        var manager = EsoHash.FieldManager("aws-creds");

        Assert.Equal("externalsecrets.external-secrets.io/aws-creds", manager);
    }

    [Theory]
    [InlineData(27, false)]
    [InlineData(28, true)]
    [InlineData(63, true)]
    public void FieldManager_SwitchesToSha3Above63Bytes(int nameLength, bool hashed)
    {
        var name = new string('a', nameLength);

        var manager = EsoHash.FieldManager(name);

        var expected = hashed
            ? "externalsecrets.external-secrets.io/sha3/" + EsoHash.Sha3Hex(name)
            : "externalsecrets.external-secrets.io/" + name;
        Assert.Equal(expected, manager);
    }

    [Fact]
    public void GeneratorStateOwnerKey_HashesKindNamespaceNameIndex()
    {
        var key = EsoHash.GeneratorStateOwnerKey("team-a", "aws-creds", 0);

        Assert.Equal(EsoHash.Sha3Hex("ExternalSecret-team-a-aws-creds-0"), key);
    }

    [Fact]
    public void Sha3Hex_KnownAnswer_MatchesFips202()
    {
        // SHA3-224 of the empty string, from the FIPS 202 example values.
        var hash = EsoHash.Sha3Hex(string.Empty);

        Assert.Equal("6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7", hash);
    }
}
