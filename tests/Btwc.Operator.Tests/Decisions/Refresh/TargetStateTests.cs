using System.Text;
using Btwc.Operator.Decisions.Hashing;
using Btwc.Operator.Decisions.Refresh;

namespace Btwc.Operator.Tests.Decisions.Refresh;

public sealed class TargetStateTests
{
    private static readonly Dictionary<string, byte[]> Data = new() { ["accessKeyId"] = Encoding.UTF8.GetBytes("AKIA1") };

    [Fact]
    public void Of_SecretWrittenByEso_IsValid()
    {
        var labels = new Dictionary<string, string> { ["reconcile.external-secrets.io/managed"] = "true" };
        var annotations = new Dictionary<string, string> { ["reconcile.external-secrets.io/data-hash"] = EsoHash.DataHash(Data) };

        var state = TargetState.Of(labels, annotations, Data, immutable: false);

        Assert.True(state.Exists);
        Assert.True(state.HasManagedLabel);
        Assert.True(state.DataHashMatches);
        Assert.True(state.HasData);
        Assert.False(state.Immutable);
    }

    [Fact]
    public void Of_EditedData_HashDoesNotMatch()
    {
        var annotations = new Dictionary<string, string> { ["reconcile.external-secrets.io/data-hash"] = EsoHash.DataHash(Data) };
        var edited = new Dictionary<string, byte[]> { ["accessKeyId"] = Encoding.UTF8.GetBytes("AKIA2") };

        var state = TargetState.Of(null, annotations, edited, immutable: true);

        Assert.False(state.DataHashMatches);
        Assert.False(state.HasManagedLabel);
        Assert.True(state.Immutable);
    }

    [Fact]
    public void Of_ManagedLabelOtherValue_NotManaged()
    {
        var labels = new Dictionary<string, string> { ["reconcile.external-secrets.io/managed"] = "yes" };

        var state = TargetState.Of(labels, null, null, immutable: false);

        Assert.False(state.HasManagedLabel);
        Assert.False(state.HasData);
        Assert.False(state.DataHashMatches);
    }
}
