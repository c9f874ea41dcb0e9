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
        Assert.Equal("maintainer", payload.RootElement.GetProperty("role").GetString());
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

    [Fact]
    public async Task Administrators_list_the_dead_messages_page_by_page_without_their_payloads()
    {
        var admin = await SignInAdminAsync();
        await WriteAsync(DeadA, "Dead", "identity.password-changed.v1");
        await WriteAsync(DeadB, "Dead", "mail.requested.v1");
        await WriteAsync(Waiting, "Pending", "identity.password-changed.v1");

        var first = await ReadPageAsync("/api/v1/admin/outbox?limit=1", admin.Token);
        var second = await ReadPageAsync($"/api/v1/admin/outbox?limit=1&cursor={first.GetProperty("nextCursor").GetString()}", admin.Token);
        var pending = await ReadPageAsync("/api/v1/admin/outbox?status=pending", admin.Token);
        var mail = await ReadPageAsync("/api/v1/admin/outbox?name=mail.requested.v1", admin.Token);

        var newest = first.GetProperty("items")[0];
        Assert.Equal((DeadB, "dead", 10, "consumer: gone"), (newest.GetProperty("id").GetGuid(), newest.GetProperty("status").GetString(),
            newest.GetProperty("attempts").GetInt32(), newest.GetProperty("lastError").GetString()));
        Assert.False(newest.TryGetProperty("payload", out _));
        Assert.Equal(DeadA, second.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal(Waiting, Assert.Single(pending.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(DeadB, Assert.Single(mail.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_retried_dead_message_is_delivered_and_a_discarded_one_is_gone()
    {
        var admin = await SignInAdminAsync();
        await WriteAsync(DeadA, "Dead", "identity.password-changed.v1");
        await WriteAsync(DeadB, "Dead", "identity.password-changed.v1");

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Post, $"/api/v1/admin/outbox/{DeadA:D}/retry", admin.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"/api/v1/admin/outbox/{DeadB:D}", admin.Token)).StatusCode);

        var retried = await DeliveredAsync("identity.password-changed.v1");
        Assert.Equal((DeadA, 1), (retried.Id, retried.Attempts));
        Assert.Equal(1, await InDatabaseAsync(context => context.Set<OutboxEntry>().CountAsync(entry => entry.Name == "identity.password-changed.v1", CancellationToken.None)));
    }

    [Fact]
    public async Task Only_dead_messages_are_retried_or_discarded_and_only_by_administrators()
    {
        var admin = await SignInAdminAsync();
        var ann = await SignInNewUserAsync("ann@example.com");
        await WriteAsync(Waiting, "Pending", "identity.password-changed.v1");

        Assert.Equal("outbox_message_not_dead", (await Problem.ReadAsync(await SendAsync(HttpMethod.Post, $"/api/v1/admin/outbox/{Waiting:D}/retry", admin.Token), HttpStatusCode.Conflict)).Code);
        Assert.Equal("outbox_message_not_dead", (await Problem.ReadAsync(await SendAsync(HttpMethod.Delete, $"/api/v1/admin/outbox/{Waiting:D}", admin.Token), HttpStatusCode.Conflict)).Code);
        Assert.Equal("outbox_message_not_found", (await Problem.ReadAsync(await SendAsync(HttpMethod.Post, $"/api/v1/admin/outbox/{Guid.NewGuid():D}/retry", admin.Token), HttpStatusCode.NotFound)).Code);
        Assert.Equal(["status"], (await Problem.ReadAsync(await GetAsync("/api/v1/admin/outbox?status=lost", admin.Token), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(["cursor"], (await Problem.ReadAsync(await GetAsync("/api/v1/admin/outbox?cursor=zz", admin.Token), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(["limit"], (await Problem.ReadAsync(await GetAsync("/api/v1/admin/outbox?limit=201", admin.Token), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("/api/v1/admin/outbox", ann.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Post, $"/api/v1/admin/outbox/{Waiting:D}/retry", ann.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/v1/admin/outbox")).StatusCode);
        Assert.Equal(OutboxStatus.Pending, await InDatabaseAsync(context => context.Set<OutboxEntry>().Where(entry => entry.Id == Waiting).Select(entry => entry.Status).SingleAsync()));
    }

    private static readonly Guid DeadA = Guid.Parse("01900000-0000-7000-8000-00000000000a");
    private static readonly Guid DeadB = Guid.Parse("01900000-0000-7000-8000-00000000000b");
    private static readonly Guid Waiting = Guid.Parse("01900000-0000-7000-8000-00000000000c");

    /// <summary>A message in the given state; a pending one is due only in an hour, so the relay leaves it alone.</summary>
    private Task<int> WriteAsync(Guid id, string status, string name)
    {
        var dead = status == "Dead";
        return ExecuteAsync($"""
            INSERT INTO outbox_messages (id, name, payload, created_at, available_at, attempts, status, last_error, processed_at)
            VALUES ('{id}', '{name}', jsonb_build_object('userId', gen_random_uuid()), now(), now() + interval '1 hour',
                    {(dead ? 10 : 0)}, '{status}', {(dead ? "'consumer: gone'" : "NULL")}, {(dead ? "now()" : "NULL")})
            """);
    }

    private async Task<JsonElement> ReadPageAsync(string path, string token)
    {
        var response = await GetAsync(path, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
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
