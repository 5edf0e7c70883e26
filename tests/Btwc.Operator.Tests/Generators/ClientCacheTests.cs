using Btwc.Client;
using Btwc.Operator.Generators.Internal;

namespace Btwc.Operator.Tests.Generators;

public sealed class ClientCacheTests
{
    private const string ApiUrl = "https://127.0.0.1:9443/site";
    private const string SiteId = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";

    [Fact]
    public void Get_SameSettings_ReturnsTheSameClient()
    {
        using var factory = new BtwcClientFactory();
        var cache = new ClientCache(factory);

        var first = cache.Get(ApiUrl, SiteId, null, "token-one");
        var second = cache.Get(ApiUrl, SiteId, null, "token-one");

        Assert.Same(first, second);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Get_OtherTokenOrSite_NewClient()
    {
        using var factory = new BtwcClientFactory();
        var cache = new ClientCache(factory);

        var first = cache.Get(ApiUrl, SiteId, null, "token-one");
        var rotated = cache.Get(ApiUrl, SiteId, null, "token-two");
        var otherSite = cache.Get(ApiUrl, "b1b2c3d4-e5f6-7890-abcd-ef1234567890", null, "token-one");

        Assert.NotSame(first, rotated);
        Assert.NotSame(first, otherSite);
        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void Get_BeyondTheLimit_StartsOver()
    {
        using var factory = new BtwcClientFactory();
        var cache = new ClientCache(factory);

        for (var i = 0; i <= ClientCache.MaxEntries; i++)
        {
            cache.Get(ApiUrl, SiteId, null, $"token-{i}");
        }

        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Get_InvalidSettings_ThrowsAndCachesNothing()
    {
        using var factory = new BtwcClientFactory();
        var cache = new ClientCache(factory);

        Assert.Throws<BtwcConfigurationException>(() => cache.Get("http://127.0.0.1:9443/site", SiteId, null, "token-one"));
        Assert.Equal(0, cache.Count);
    }
}
