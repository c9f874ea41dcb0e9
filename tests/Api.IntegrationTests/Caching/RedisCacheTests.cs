using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.Api.IntegrationTests.Support;
using StackExchange.Redis;

namespace Platform.Api.IntegrationTests.Caching;

/// <summary>FusionCache with Redis as its distributed level and backplane (ConnectionStrings:Redis), on private redis-server processes.</summary>
public sealed class RedisCacheTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Two_nodes_sharing_redis_serve_cached_reads_and_both_follow_a_change_made_on_one()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var nodeA = WithRedis(redis);
        await using var nodeB = WithRedis(redis);
        var ann = await SignInNewUserAsync();
        using var a = Authorized(nodeA, ann.Token);
        using var b = Authorized(nodeB, ann.Token);
        var project = await CreateProjectAsync(a);

        Assert.Equal("Garden", await NameAsync(a, project));
        Assert.Equal("Garden", await NameAsync(b, project));
        await using (var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString))
        {
            Assert.Contains(connection.GetServer(connection.GetEndPoints()[0]).Keys(), key => key.ToString().Contains(project.ToString("N"), StringComparison.Ordinal));
        }

        (await a.PutAsJsonAsync($"/api/v1/projects/{project}", new { name = "Orchard", description = "", tags = Array.Empty<string>() })).EnsureSuccessStatusCode();

        Assert.Equal("Orchard", await NameAsync(a, project));
        Assert.Equal("Orchard", await EventuallyAsync(() => NameAsync(b, project), "Orchard"));
    }

    [Fact]
    public async Task A_change_made_on_one_node_reaches_a_member_connected_to_another_through_the_redis_backplane()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var nodeA = WithRedis(redis);
        await using var nodeB = WithRedis(redis);
        var ann = await SignInNewUserAsync();
        using var a = Authorized(nodeA, ann.Token);
        var project = await CreateProjectAsync(a);
        await using var inboxOnB = await HubInbox.ConnectAsync(nodeB, ann.Token);

        (await a.PostAsync($"/api/v2/projects/{project}/archive", null)).EnsureSuccessStatusCode();

        Assert.Equal(["projectArchived"], await inboxOnB.NamesAsync(1));
    }

    [Fact]
    public async Task Requests_keep_succeeding_and_stay_fresh_when_redis_dies_mid_test()
    {
        var redis = await RedisServer.StartAsync();
        await using var node = WithRedis(redis);
        var ann = await SignInNewUserAsync();
        using var client = Authorized(node, ann.Token);
        var project = await CreateProjectAsync(client);
        Assert.Equal("Garden", await NameAsync(client, project));

        await redis.DisposeAsync();

        var renamed = await client.PutAsJsonAsync($"/api/v1/projects/{project}", new { name = "Orchard", description = "", tags = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("Orchard", await NameAsync(client, project));
        var second = await client.PostAsJsonAsync("/api/v1/projects", new { key = "KIT", name = "Kitchen" });
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/projects");
        Assert.Equal(2, list.GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v2/auth/me")).StatusCode);
    }

    private WebApplicationFactory<Program> WithRedis(RedisServer redis) =>
        Factory.WithWebHostBuilder(builder => builder.UseSetting("ConnectionStrings:Redis", redis.ConnectionString));

    private static HttpClient Authorized(WebApplicationFactory<Program> node, string token)
    {
        var client = node.CreateClient().AsTestApp();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<Guid> CreateProjectAsync(HttpClient client)
    {
        var created = await client.PostAsJsonAsync("/api/v1/projects", new { key = "GPR", name = "Garden" });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<string> NameAsync(HttpClient client, Guid project) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{project}")).GetProperty("name").GetString()!;

    /// <summary>The other node hears of a change through the backplane (Redis pub/sub), a few milliseconds later.</summary>
    private static async Task<string> EventuallyAsync(Func<Task<string>> read, string expected)
    {
        var clock = Stopwatch.StartNew();
        var value = await read();
        while (value != expected && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(50);
            value = await read();
        }

        return value;
    }
}
