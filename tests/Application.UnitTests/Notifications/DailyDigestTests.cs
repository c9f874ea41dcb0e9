using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Identity.RegisterUser;
using Platform.Application.Notifications.Contracts;
using Platform.Application.Notifications.SendDailyDigests;
using Platform.Application.Notifications.UnsubscribeFromMail;
using Platform.Application.UnitTests.Support;
using Platform.Domain.Notifications;

namespace Platform.Application.UnitTests.Notifications;

/// <summary>The daily digest job's command: one mail a local day from 09:00, safe to run twice.</summary>
public sealed class DailyDigestTests
{
    [Fact]
    public async Task Before_nine_local_nothing_goes_from_nine_one_mail_with_every_kept_notification_and_a_second_run_sends_nothing()
    {
        await using var host = new PipelineHost();
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 5, 30, 0, TimeSpan.Zero)); // 08:30 in Moscow
        var ann = await AnnInMoscowWithDigestAsync(host, kept: 3);

        var early = await host.SendAsync(new SendDailyDigestsCommand());
        host.Clock.Advance(TimeSpan.FromMinutes(35)); // 09:05 in Moscow
        var due = await host.SendAsync(new SendDailyDigestsCommand());
        var again = await host.SendAsync(new SendDailyDigestsCommand());

        Assert.Equal((0, 1, 0), (early.Value.Handled, due.Value.Handled, again.Value.Handled));
        var mail = Assert.Single(host.Repository<InMemoryOutbox>().Mails);
        Assert.Equal(("ann@example.com", "Сводка за день: 3 уведомления"), (mail.To, mail.Subject));
        Assert.Equal(3, mail.TextBody.Split("Проект Garden в архиве").Length - 1);
        Assert.All(host.Repository<InMemoryNotificationRepository>().Stored, notification => Assert.False(notification.InDigest));
        Assert.Equal(new DateOnly(2026, 12, 7), host.Repository<InMemoryNotificationPreferencesRepository>().Stored.Single(p => p.UserId == ann).LastDigestOn);
    }

    [Fact]
    public async Task A_notification_kept_after_today_s_digest_waits_for_tomorrow_s()
    {
        await using var host = new PipelineHost();
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 6, 5, 0, TimeSpan.Zero)); // 09:05 in Moscow
        var ann = await AnnInMoscowWithDigestAsync(host, kept: 1);
        await host.SendAsync(new SendDailyDigestsCommand());
        await KeepForDigestAsync(host, ann, 1);

        host.Clock.Advance(TimeSpan.FromHours(3));
        var laterToday = await host.SendAsync(new SendDailyDigestsCommand());
        host.Clock.Advance(TimeSpan.FromHours(21)); // 09:05 the next day
        var tomorrow = await host.SendAsync(new SendDailyDigestsCommand());

        Assert.Equal((0, 1), (laterToday.Value.Handled, tomorrow.Value.Handled));
        Assert.Equal(["Сводка за день: 1 уведомление", "Сводка за день: 1 уведомление"], host.Repository<InMemoryOutbox>().Mails.Select(mail => mail.Subject));
    }

    [Fact]
    public async Task The_digest_carries_a_one_click_link_that_stops_every_type_sent_to_the_digest_and_nothing_else()
    {
        await using var host = new PipelineHost();
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 6, 5, 0, TimeSpan.Zero)); // 09:05 in Moscow
        var ann = await AnnInMoscowWithDigestAsync(host, kept: 1);
        await host.SendAsync(new SendDailyDigestsCommand());
        var mail = Assert.Single(host.Repository<InMemoryOutbox>().Mails);
        var link = mail.Headers!["List-Unsubscribe"].Trim('<', '>');

        var unsubscribed = await host.SendAsync(new UnsubscribeFromMailCommand(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]));

        Assert.True(unsubscribed.IsSuccess);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.Contains(link, mail.TextBody, StringComparison.Ordinal);
        var preferences = host.Repository<InMemoryNotificationPreferencesRepository>().Stored.Single(p => p.UserId == ann);
        var archived = preferences.Settings.Single(setting => setting.Type == "projects.archived");
        Assert.Equal((true, EmailDelivery.Off), (archived.InApp, archived.Email)); // was digest by default
        Assert.DoesNotContain(preferences.Settings, setting => setting.Type == "projects.member-added"); // immediate: untouched
    }

    private static async Task<Guid> AnnInMoscowWithDigestAsync(PipelineHost host, int kept)
    {
        await host.SendAsync(new RegisterUserCommand("ann@example.com", "a long enough passphrase", "Ann"));
        var ann = host.Users.Users[0];
        ann.UpdateProfile(null, "ru", "Europe/Moscow", null, host.Clock.GetUtcNow());
        await KeepForDigestAsync(host, ann.Id, kept);
        return ann.Id;
    }

    private static async Task KeepForDigestAsync(PipelineHost host, Guid userId, int count)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var notifier = scope.ServiceProvider.GetRequiredService<INotifier>();
        for (var index = 0; index < count; index++)
        {
            await notifier.NotifyAsync(userId, "projects.archived",
                new Dictionary<string, string> { ["projectName"] = "Garden", ["projectKey"] = "GPR", ["actorName"] = "Bob" }, CancellationToken.None);
        }

        await host.UnitOfWork.SaveChangesAsync(CancellationToken.None);
    }
}
