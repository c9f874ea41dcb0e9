using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Api.IntegrationTests.Support;
using Platform.Domain.Notifications;

namespace Platform.Api.IntegrationTests.Notifications;

/// <summary>The notifications centre end to end: from a committed change through the outbox to the inbox, the hub and the mailbox.</summary>
public sealed class NotificationTests(PlatformApiFactory factory) : ApiTest(factory)
{
    private static readonly string[] NotificationEvents = ["notificationReceived"];

    [Fact]
    public async Task Adding_a_member_gives_them_one_notification_pushed_live_with_the_unread_count_and_a_mail_in_their_language()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var carol = await SignInNewUserAsync("carol@example.com");
        (await SendAsync(HttpMethod.Patch, "/api/v1/users/me", bob.Token, new { locale = "ru" })).EnsureSuccessStatusCode();
        var project = await CreateProjectAsync(ann.Token);
        await using var bobInbox = await HubInbox.ConnectAsync(Factory, bob.Token, listenTo: NotificationEvents);
        await using var carolInbox = await HubInbox.ConnectAsync(Factory, carol.Token, listenTo: NotificationEvents);

        using var add = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/projects/{project}/members") { Content = JsonContent.Create(new { userId = bob.Id, role = "maintainer" }) };
        add.Headers.Authorization = new("Bearer", ann.Token);
        add.Headers.Add("X-Request-ID", "add-bob-to-garden");
        (await Client.SendAsync(add)).EnsureSuccessStatusCode();

        Assert.Equal(["notificationReceived"], await bobInbox.NamesAsync(1));
        var push = bobInbox.Received[0].Body;
        Assert.Equal(1, push.GetProperty("unreadCount").GetInt32());
        Assert.Equal("add-bob-to-garden", push.GetProperty("correlationId").GetString());
        Assert.Equal("Вас добавили в проект Garden", push.GetProperty("notification").GetProperty("title").GetString());
        var mail = await Factory.MailboxOf("bob@example.com").WaitForMailAsync();
        Assert.Equal("Вас добавили в проект Garden", mail.Subject);
        Assert.Contains("Ann добавил(а) вас в проект Garden (GPR) с ролью «сопровождающий».", mail.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("<https://api.example.test/api/v1/notifications/unsubscribe?token=", mail.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.Equal("add-bob-to-garden", mail.Headers["X-Request-ID"]);

        var inbox = await ReadAsync("/api/v1/notifications", bob.Token);
        var notification = Assert.Single(inbox.GetProperty("items").EnumerateArray());
        Assert.Equal(("projects.member-added", "You were added to Garden", false),
            (notification.GetProperty("type").GetString(), notification.GetProperty("title").GetString(), notification.GetProperty("isRead").GetBoolean()));
        Assert.Equal(push.GetProperty("notification").GetProperty("id").GetGuid(), notification.GetProperty("id").GetGuid());
        await Task.Delay(300);
        Assert.Single(bobInbox.Received);
        Assert.Empty(carolInbox.Received);
        Assert.Empty(await Factory.MailboxOf("carol@example.com").ReadAsync());
        Assert.Equal(0, (await ReadAsync("/api/v1/notifications/unread-count", carol.Token)).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Read_unread_read_all_up_to_and_delete_act_on_the_callers_notifications_only()
    {
        var (bob, ids) = await BobWithNotificationsAsync(3);
        var carol = await SignInNewUserAsync("carol@example.com");

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Post, $"/api/v1/notifications/{ids[0]}/read", bob.Token)).StatusCode);
        Assert.Equal(2, await UnreadAsync(bob.Token));
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Post, $"/api/v1/notifications/{ids[0]}/unread", bob.Token)).StatusCode);
        Assert.Equal(3, await UnreadAsync(bob.Token));

        // Marks the two oldest: the newest arrived after what the client showed.
        var marked = await SendAsync(HttpMethod.Post, "/api/v1/notifications/read-all", bob.Token, new { upTo = ids[1] });
        Assert.Equal(2, (await marked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("marked").GetInt32());
        var unread = await ReadAsync("/api/v1/notifications?read=false", bob.Token);
        Assert.Equal(ids[2], Assert.Single(unread.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        Assert.Equal("notification_not_found", (await Problem.ReadAsync(await SendAsync(HttpMethod.Post, $"/api/v1/notifications/{ids[2]}/read", carol.Token), HttpStatusCode.NotFound)).Code);
        Assert.Equal("notification_not_found", (await Problem.ReadAsync(await SendAsync(HttpMethod.Delete, $"/api/v1/notifications/{ids[2]}", carol.Token), HttpStatusCode.NotFound)).Code);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"/api/v1/notifications/{ids[2]}", bob.Token)).StatusCode);
        Assert.Equal(0, await UnreadAsync(bob.Token));
        Assert.Equal(2, (await ReadAsync("/api/v1/notifications", bob.Token)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task The_inbox_pages_by_cursor_and_filters_by_type_and_refuses_what_it_cannot_read()
    {
        var (bob, ids) = await BobWithNotificationsAsync(3);

        var first = await ReadAsync("/api/v1/notifications?limit=2", bob.Token);
        var second = await ReadAsync($"/api/v1/notifications?limit=2&cursor={first.GetProperty("nextCursor").GetString()}", bob.Token);

        Assert.Equal([ids[2], ids[1]], first.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid()));
        Assert.Equal([ids[0]], second.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal(3, (await ReadAsync("/api/v1/notifications?type=projects.member-added", bob.Token)).GetProperty("items").GetArrayLength());
        Assert.Equal(0, (await ReadAsync("/api/v1/notifications?type=projects.archived", bob.Token)).GetProperty("items").GetArrayLength());
        Assert.Equal(["type"], (await Problem.ReadAsync(await GetAsync("/api/v1/notifications?type=nope", bob.Token), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(["cursor"], (await Problem.ReadAsync(await GetAsync("/api/v1/notifications?cursor=xyz", bob.Token), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(["limit"], (await Problem.ReadAsync(await GetAsync("/api/v1/notifications?limit=101", bob.Token), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/v1/notifications")).StatusCode);
    }

    [Fact]
    public async Task Preferences_change_on_their_etag_and_a_security_mail_cannot_be_turned_off()
    {
        var bob = await SignInNewUserAsync("bob@example.com");
        var read = await GetAsync("/api/v1/notifications/preferences", bob.Token);
        var etag = read.Headers.ETag!.Tag;
        var defaults = await read.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("\"1\"", etag);
        var added = defaults.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("type").GetString() == "projects.member-added");
        Assert.Equal((true, "immediate", false), (added.GetProperty("inApp").GetBoolean(), added.GetProperty("email").GetString(), added.GetProperty("isSecurity").GetBoolean()));

        var change = new { items = new[] { new { type = "projects.member-added", inApp = false, email = "digest" } } };
        Assert.Equal("precondition_required", (await Problem.ReadAsync(await SendAsync(HttpMethod.Put, "/api/v1/notifications/preferences", bob.Token, change), HttpStatusCode.PreconditionRequired)).Code);
        var changed = await PutPreferencesAsync(bob.Token, etag, change);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"2\"", changed.Headers.ETag!.Tag);
        Assert.Equal("precondition_failed", (await Problem.ReadAsync(await PutPreferencesAsync(bob.Token, etag, change), HttpStatusCode.PreconditionFailed)).Code);

        var security = new { items = new[] { new { type = "identity.password-changed", inApp = true, email = "off" } } };
        Assert.Equal("notification_security_mail_required",
            (await Problem.ReadAsync(await PutPreferencesAsync(bob.Token, "\"2\"", security), HttpStatusCode.UnprocessableEntity)).Code);
        var unknown = new { items = new[] { new { type = "projects.exploded", inApp = true, email = "off" } } };
        Assert.Equal(HttpStatusCode.BadRequest, (await PutPreferencesAsync(bob.Token, "\"2\"", unknown)).StatusCode);
        var badMail = new { items = new[] { new { type = "projects.archived", inApp = true, email = "sometimes" } } };
        Assert.Equal(HttpStatusCode.BadRequest, (await PutPreferencesAsync(bob.Token, "\"2\"", badMail)).StatusCode);

        var now = await ReadAsync("/api/v1/notifications/preferences", bob.Token);
        var stored = now.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("type").GetString() == "projects.member-added");
        Assert.Equal((false, "digest"), (stored.GetProperty("inApp").GetBoolean(), stored.GetProperty("email").GetString()));
        Assert.Equal(2, now.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task A_type_turned_off_in_the_app_and_kept_for_the_digest_is_neither_listed_nor_pushed_nor_mailed_now()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var read = await GetAsync("/api/v1/notifications/preferences", bob.Token);
        (await PutPreferencesAsync(bob.Token, read.Headers.ETag!.Tag,
            new { items = new[] { new { type = "projects.member-added", inApp = false, email = "digest" } } })).EnsureSuccessStatusCode();
        var project = await CreateProjectAsync(ann.Token);

        (await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = bob.Id, role = "viewer" })).EnsureSuccessStatusCode();

        var stored = await WaitForStoredAsync(bob.Id);
        Assert.Equal((false, true), (stored.InApp, stored.InDigest));
        Assert.Equal(0, (await ReadAsync("/api/v1/notifications", bob.Token)).GetProperty("items").GetArrayLength());
        Assert.Equal(0, await UnreadAsync(bob.Token));
        Assert.Empty(await Factory.MailboxOf("bob@example.com").ReadAsync());
    }

    [Fact]
    public async Task The_one_click_unsubscribe_link_of_a_mail_turns_that_mail_off_and_nothing_else_works_as_a_token()
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        var project = await CreateProjectAsync(ann.Token);
        (await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = bob.Id, role = "viewer" })).EnsureSuccessStatusCode();
        var mail = await Factory.MailboxOf("bob@example.com").WaitForMailAsync();
        var link = new Uri(mail.Headers["List-Unsubscribe"]!.Trim('<', '>'));

        using var anonymous = Factory.CreateClient();
        var unsubscribed = await anonymous.PostAsync(link.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.NoContent, unsubscribed.StatusCode);
        var settings = await ReadAsync("/api/v1/notifications/preferences", bob.Token);
        Assert.Equal("off", settings.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("type").GetString() == "projects.member-added").GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsync(link.PathAndQuery, null)).StatusCode);
        Assert.Equal("notification_unsubscribe_invalid",
            (await Problem.ReadAsync(await anonymous.PostAsync($"/api/v1/notifications/unsubscribe?token={Uri.EscapeDataString(bob.Token)}", null), HttpStatusCode.BadRequest)).Code);
        Assert.Equal("notification_unsubscribe_invalid",
            (await Problem.ReadAsync(await anonymous.PostAsync("/api/v1/notifications/unsubscribe?token=forged.token.here", null), HttpStatusCode.BadRequest)).Code);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsync("/api/v1/notifications/unsubscribe", null)).StatusCode);
        // Nor is the unsubscribe token an access token.
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/v1/notifications", Uri.UnescapeDataString(link.Query.Split("token=")[1]))).StatusCode);
    }

    [Fact]
    public async Task Types_are_listed_in_the_language_asked_for()
    {
        var bob = await SignInNewUserAsync("bob@example.com");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/notifications/types");
        request.Headers.Authorization = new("Bearer", bob.Token);
        request.Headers.AcceptLanguage.ParseAdd("ru");

        var types = await (await Client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();

        var keys = types.EnumerateArray().Select(type => type.GetProperty("type").GetString()!).Order(StringComparer.Ordinal);
        Assert.Equal(["identity.new-device-sign-in", "identity.password-changed", "matches.awaiting-confirmation", "matches.decided", "matches.disputed", "matches.kickoff-set", "matches.next-match-set", "matches.proposed", "projects.archived", "projects.member-added",
            "projects.member-role-changed", "projects.ownership-transferred", "reports.export-ready", "teams.application-accepted", "teams.application-received", "teams.application-rejected", "tournaments.entry-accepted", "tournaments.entry-promoted", "tournaments.entry-received", "tournaments.entry-rejected",
            "tournaments.entry-waitlisted", "tournaments.started", "workouts.record", "workouts.reminder"], keys);
        var reminder = types.EnumerateArray().Single(type => type.GetProperty("type").GetString() == "workouts.reminder");
        Assert.Equal(("Напоминание о тренировке", false, "off"),
            (reminder.GetProperty("name").GetString(), reminder.GetProperty("inApp").GetBoolean(), reminder.GetProperty("email").GetString()));
        Assert.Equal("Добавление в проект", types.EnumerateArray().First(type => type.GetProperty("type").GetString() == "projects.member-added").GetProperty("name").GetString());
        Assert.True(types.EnumerateArray().Single(type => type.GetProperty("type").GetString() == "identity.password-changed").GetProperty("isSecurity").GetBoolean());
    }

    [Fact]
    public async Task A_sign_in_on_a_new_device_is_a_security_notification_but_the_first_sign_in_and_a_known_device_are_not()
    {
        (await RegisterAsync("ann@example.com")).EnsureSuccessStatusCode();
        await LoginAsync();
        await LoginAsync();
        using var tablet = Factory.CreateClient().AsTestApp("ann-tablet");
        (await tablet.PostAsJsonAsync("/api/v1/auth/login", new { email = "ann@example.com", password = Password })).EnsureSuccessStatusCode();

        var mail = await Factory.MailboxOf("ann@example.com").WaitForMailAsync();

        Assert.Equal("New sign-in on ann-tablet", mail.Subject);
        Assert.False(mail.Headers.Contains("List-Unsubscribe"));
        var token = await LoginAsync();
        var inbox = await ReadAsync("/api/v1/notifications", token);
        Assert.Equal(["identity.new-device-sign-in"], inbox.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("type").GetString()));
    }

    private async Task<(SignedInUser Bob, Guid[] Ids)> BobWithNotificationsAsync(int count)
    {
        var ann = await SignInNewUserAsync("ann@example.com");
        var bob = await SignInNewUserAsync("bob@example.com");
        for (var index = 0; index < count; index++)
        {
            var created = await SendAsync(HttpMethod.Post, "/api/v1/projects", ann.Token, new { key = $"GP{(char)('A' + index)}", name = $"Garden {index}" });
            var project = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            (await SendAsync(HttpMethod.Post, $"/api/v1/projects/{project}/members", ann.Token, new { userId = bob.Id, role = "viewer" })).EnsureSuccessStatusCode();
            await WaitForUnreadAsync(bob.Token, index + 1);
        }

        var inbox = await ReadAsync("/api/v1/notifications", bob.Token);
        return (bob, [.. inbox.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid()).Reverse()]);
    }

    private async Task WaitForUnreadAsync(string token, int count)
    {
        for (var attempt = 0; attempt < 100 && await UnreadAsync(token) < count; attempt++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(count, await UnreadAsync(token));
    }

    private async Task<Notification> WaitForStoredAsync(Guid userId)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await InDatabaseAsync(context => context.Set<Notification>().AsNoTracking().SingleOrDefaultAsync(notification => notification.UserId == userId)) is { } stored)
            {
                return stored;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("No notification was stored within 5 s.");
    }

    private async Task<int> UnreadAsync(string token) => (await ReadAsync("/api/v1/notifications/unread-count", token)).GetProperty("count").GetInt32();

    private Task<HttpResponseMessage> PutPreferencesAsync(string token, string etag, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/notifications/preferences") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.IfMatch.ParseAdd(etag);
        return Client.SendAsync(request);
    }

    private async Task<JsonElement> ReadAsync(string path, string token)
    {
        var response = await GetAsync(path, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<Guid> CreateProjectAsync(string token)
    {
        var created = await SendAsync(HttpMethod.Post, "/api/v1/projects", token, new { key = "GPR", name = "Garden" });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
