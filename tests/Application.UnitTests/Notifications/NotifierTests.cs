using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Common.Localization;
using Platform.Application.Identity.RegisterUser;
using Platform.Application.Notifications.Contracts;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Notifications;

namespace Platform.Application.UnitTests.Notifications;

/// <summary>How a notification reaches its recipient, by the settings for its type.</summary>
public sealed class NotifierTests
{
    private static readonly Dictionary<string, string> Garden = new()
    {
        ["projectName"] = "Garden", ["projectKey"] = "GPR", ["actorName"] = "Bob", ["role"] = "viewer",
    };

    [Fact]
    public async Task By_default_a_member_added_is_in_the_inbox_pushed_after_the_commit_and_mailed_with_a_one_click_unsubscribe()
    {
        await using var host = await HostWithAnnAsync();
        var ann = host.Users.Users[0];

        await NotifyAsync(host, ann.Id, "projects.member-added");

        var stored = Assert.Single(host.Repository<InMemoryNotificationRepository>().Stored);
        Assert.Equal((ann.Id, "projects.member-added", true, false), (stored.UserId, stored.Type, stored.InApp, stored.InDigest));
        var queued = host.Repository<InMemoryOutbox>().Queued;
        Assert.Equal(new NotificationCreatedV1(stored.Id, ann.Id), Assert.Single(queued.OfType<NotificationCreatedV1>()));
        var mail = Assert.Single(host.Repository<InMemoryOutbox>().Mails);
        Assert.Equal(("ann@example.com", "You were added to Garden"), (mail.To, mail.Subject));
        Assert.Equal($"<https://api.example.test/unsubscribe?token={ann.Id:N}.projects.member-added>", mail.Headers!["List-Unsubscribe"]);
        Assert.Contains("Bob added you to the project Garden (GPR) as viewer.", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Off_in_the_app_and_in_the_digest_by_mail_is_kept_for_the_digest_only()
    {
        await using var host = await HostWithAnnAsync();
        var ann = host.Users.Users[0];
        var preferences = NotificationPreferences.For(ann.Id);
        preferences.Choose([(new NotificationKind("projects.member-added", false, true, EmailDelivery.Immediate), false, EmailDelivery.Digest)]);
        host.Repository<InMemoryNotificationPreferencesRepository>().Add(preferences);

        await NotifyAsync(host, ann.Id, "projects.member-added");

        var stored = Assert.Single(host.Repository<InMemoryNotificationRepository>().Stored);
        Assert.Equal((false, true), (stored.InApp, stored.InDigest));
        Assert.DoesNotContain(host.Repository<InMemoryOutbox>().Queued, message => message is NotificationCreatedV1 or Common.Mail.EmailMessage);
    }

    [Fact]
    public async Task A_security_mail_has_no_unsubscribe_link_and_an_account_that_is_gone_gets_nothing()
    {
        await using var host = await HostWithAnnAsync();
        var ann = host.Users.Users[0];

        await NotifyAsync(host, ann.Id, "identity.password-changed", new Dictionary<string, string> { ["how"] = "reset", ["time"] = "2026-12-07 09:00" });
        await NotifyAsync(host, Guid.NewGuid(), "identity.password-changed", new Dictionary<string, string> { ["how"] = "changed", ["time"] = "2026-12-07 09:00" });

        var mail = Assert.Single(host.Repository<InMemoryOutbox>().Mails);
        Assert.Null(mail.Headers);
        Assert.Contains("was reset with a link sent by mail at 2026-12-07 09:00 UTC", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("cannot be turned off", mail.TextBody, StringComparison.Ordinal);
        Assert.Single(host.Repository<InMemoryNotificationRepository>().Stored);
    }

    [Theory]
    [InlineData(1, "1 день")]
    [InlineData(2, "2 дня")]
    [InlineData(4, "4 дня")]
    [InlineData(5, "5 дней")]
    [InlineData(11, "11 дней")]
    [InlineData(12, "12 дней")]
    [InlineData(14, "14 дней")]
    [InlineData(21, "21 день")]
    [InlineData(22, "22 дня")]
    [InlineData(25, "25 дней")]
    [InlineData(111, "111 дней")]
    [InlineData(101, "101 день")]
    [InlineData(0, "0 дней")]
    public void Russian_counts_take_the_form_their_last_digits_ask_for(long count, string expected) =>
        Assert.Equal(expected, Plurals.Russian(count, "день", "дня", "дней"));

    [Theory]
    [InlineData(1, "1 day")]
    [InlineData(0, "0 days")]
    [InlineData(21, "21 days")]
    public void English_counts_are_singular_for_one_only(long count, string expected) => Assert.Equal(expected, Plurals.English(count, "day", "days"));

    private static async Task NotifyAsync(PipelineHost host, Guid userId, string type, Dictionary<string, string>? values = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<INotifier>().NotifyAsync(userId, type, values ?? Garden, CancellationToken.None);
        await host.UnitOfWork.SaveChangesAsync(CancellationToken.None);
    }

    private static async Task<PipelineHost> HostWithAnnAsync()
    {
        var host = new PipelineHost();
        await host.SendAsync(new RegisterUserCommand("ann@example.com", "a long enough passphrase", "Ann"));
        return host;
    }
}
