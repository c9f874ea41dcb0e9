using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Projects;

/// <summary>The notifications hub over WebSockets with the .NET SignalR client, against the test server.</summary>
public sealed class ProjectRealtimeTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Members_hear_each_committed_change_and_nobody_else_hears_anything()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var carol = await SignInNewUserAsync("carol@example.com");
        var project = await CreateProjectAsync(ann.Token);
        (await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = bob.Id, role = "viewer" })).EnsureSuccessStatusCode();
        await using var annInbox = await HubInbox.ConnectAsync(Factory, ann.Token);
        await using var bobInbox = await HubInbox.ConnectAsync(Factory, bob.Token);
        await using var carolInbox = await HubInbox.ConnectAsync(Factory, carol.Token);

        var refused = await SendAsync(HttpMethod.Put, $"/api/v1/projects/{project}", bob.Token, new { name = "Mine", description = "", tags = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        (await SendAsync(HttpMethod.Put, $"/api/v1/projects/{project}", ann.Token, new { name = "Orchard", description = "", tags = Array.Empty<string>() })).EnsureSuccessStatusCode();
        (await SendAsync(HttpMethod.Post, $"/api/v2/projects/{project}/archive", ann.Token)).EnsureSuccessStatusCode();
        (await SendAsync(HttpMethod.Post, $"/api/v2/projects/{project}/restore", ann.Token)).EnsureSuccessStatusCode();
        (await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = carol.Id, role = "viewer" })).EnsureSuccessStatusCode();
        (await SendAsync(HttpMethod.Delete, $"/api/v1/projects/{project}/members/{bob.Id}", ann.Token)).EnsureSuccessStatusCode();

        Assert.Equal(["projectUpdated", "projectArchived", "projectUpdated", "memberAdded", "memberRemoved"], await annInbox.NamesAsync(5));
        Assert.Equal(["projectUpdated", "projectArchived", "projectUpdated", "memberAdded", "memberRemoved"], await bobInbox.NamesAsync(5));
        Assert.Equal(["memberAdded", "memberRemoved"], await carolInbox.NamesAsync(2));
        var renamed = annInbox.Received[0].Body;
        Assert.Equal((project, "Orchard", 3L, ann.Id), (renamed.GetProperty("projectId").GetGuid(), renamed.GetProperty("name").GetString(), renamed.GetProperty("version").GetInt64(), renamed.GetProperty("changedBy").GetGuid()));
        var removed = bobInbox.Received[4].Body;
        Assert.Equal((bob.Id, JsonValueKind.Null), (removed.GetProperty("userId").GetGuid(), removed.GetProperty("role").ValueKind));
    }

    [Fact]
    public async Task An_event_arrives_after_the_change_is_readable()
    {
        var ann = await SignInNewUserAsync();
        var project = await CreateProjectAsync(ann.Token);
        Assert.Equal("Garden", (await ReadProjectAsync(project, ann.Token)).GetProperty("name").GetString()); // now cached
        var seenOnEvent = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var inbox = await HubInbox.ConnectAsync(Factory, ann.Token, async _ =>
            seenOnEvent.TrySetResult((await ReadProjectAsync(project, ann.Token)).GetProperty("name").GetString()!));

        (await SendAsync(HttpMethod.Put, $"/api/v1/projects/{project}", ann.Token, new { name = "Orchard", description = "", tags = Array.Empty<string>() })).EnsureSuccessStatusCode();

        Assert.Equal("Orchard", await seenOnEvent.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_connection_is_closed_once_its_session_ends()
    {
        var ann = await SignInNewUserAsync();
        await using var inbox = await HubInbox.ConnectAsync(Factory, ann.Token);

        (await SendAsync(HttpMethod.Post, "/api/v1/auth/logout", ann.Token)).EnsureSuccessStatusCode();

        await inbox.Closed.Task.WaitAsync(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task The_hub_refuses_a_connection_without_a_valid_access_token()
    {
        var noToken = await Record.ExceptionAsync(() => HubInbox.ConnectAsync(Factory, token: null));
        var forged = await Record.ExceptionAsync(() => HubInbox.ConnectAsync(Factory, token: "not.a.token"));

        Assert.NotNull(noToken);
        Assert.NotNull(forged);
    }

    private async Task<Guid> CreateProjectAsync(string token)
    {
        var created = await SendAsync(HttpMethod.Post, "/api/v1/projects", token, new { key = "GPR", name = "Garden" });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> ReadProjectAsync(Guid project, string token) =>
        await (await GetAsync($"/api/v1/projects/{project}", token)).Content.ReadFromJsonAsync<JsonElement>();
}
