using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Api.IntegrationTests.Support;
using Platform.Infrastructure.Outbox;

namespace Platform.Api.IntegrationTests.Operations;

/// <summary>What commands write into the outbox, in their own transaction, and what the Api's relay does with it (ADR 37).</summary>
public sealed class OutboxTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task A_committed_change_writes_its_versioned_message_with_the_request_correlation_id_and_the_relay_delivers_it()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var project = await CreateProjectAsync(ann.Token);

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/projects/{project}/members")
        {
            Content = JsonContent.Create(new { userId = bob.Id, role = "maintainer" }),
        };
        request.Headers.Authorization = new("Bearer", ann.Token);
        request.Headers.Add("X-Request-ID", "add-bob-1");
        (await Client.SendAsync(request)).EnsureSuccessStatusCode();

        var message = await DeliveredAsync("projects.member-added.v1");
        Assert.Equal("add-bob-1", message.CorrelationId);
        using var payload = JsonDocument.Parse(message.Payload);
        Assert.Equal(project, payload.RootElement.GetProperty("projectId").GetGuid());
        Assert.Equal(bob.Id, payload.RootElement.GetProperty("userId").GetGuid());
        Assert.Equal("Maintainer", payload.RootElement.GetProperty("role").GetString());
        Assert.Equal(ann.Id, payload.RootElement.GetProperty("changedBy").GetGuid());
        Assert.Equal("GPR", payload.RootElement.GetProperty("key").GetString());
    }

    [Fact]
    public async Task A_change_whose_save_fails_in_the_database_leaves_no_message()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var project = await CreateProjectAsync(ann.Token);
        // The member row is refused as a lost race would be, after the command raised MemberAdded.
        await ExecuteAsync($"""
            CREATE FUNCTION refuse_member() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'lost race' USING ERRCODE = '23505', CONSTRAINT = 'pk_project_members'; END $$;
            CREATE TRIGGER refuse_member BEFORE INSERT ON project_members FOR EACH ROW WHEN (NEW.user_id = '{bob.Id}') EXECUTE FUNCTION refuse_member();
            """);
        try
        {
            var refused = await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = bob.Id, role = "viewer" });

            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal(0, await InDatabaseAsync(context => context.Set<OutboxEntry>().CountAsync(entry => entry.Name == "projects.member-added.v1", CancellationToken.None)));
        }
        finally
        {
            await ExecuteAsync("DROP TRIGGER refuse_member ON project_members; DROP FUNCTION refuse_member();");
        }
    }

    [Fact]
    public async Task A_refused_refresh_with_a_reused_token_still_writes_the_revoked_session_message()
    {
        (await RegisterAsync()).EnsureSuccessStatusCode();
        var login = await SignInForTokensAsync();
        (await RefreshAsync(login.RefreshToken)).EnsureSuccessStatusCode();

        using var thief = Factory.CreateClient().AsTestApp("thief-device");
        var reused = await thief.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = login.RefreshToken });

        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
        var message = await DeliveredAsync("identity.session-revoked.v1");
        using var payload = JsonDocument.Parse(message.Payload);
        Assert.Equal(login.SessionId, payload.RootElement.GetProperty("sessionId").GetGuid());
        Assert.Equal("refresh_token_reuse", payload.RootElement.GetProperty("reason").GetString());
    }

    private async Task<OutboxEntry> DeliveredAsync(string name)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var entry = await InDatabaseAsync(context => context.Set<OutboxEntry>().AsNoTracking().SingleOrDefaultAsync(entry => entry.Name == name));
            if (entry is { Status: OutboxStatus.Dispatched })
            {
                return entry;
            }

            await Task.Delay(50);
        }

        var written = await InDatabaseAsync(context => context.Set<OutboxEntry>().Select(entry => $"{entry.Name} {entry.Status} {entry.LastError}").ToListAsync());
        throw new Xunit.Sdk.XunitException($"No {name} message was delivered within 5 s; the outbox holds: {string.Join("; ", written)}");
    }

    private Task<int> ExecuteAsync(string sql) => InDatabaseAsync(context => context.Database.ExecuteSqlRawAsync(sql));

    private async Task<Guid> CreateProjectAsync(string token)
    {
        var created = await SendAsync(HttpMethod.Post, "/api/v1/projects", token, new { key = "GPR", name = "Garden" });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
