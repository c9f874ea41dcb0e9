using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Api.IntegrationTests.Support;
using Platform.Infrastructure.Mail;

namespace Platform.Api.IntegrationTests.Operations;

public sealed class SmtpMailTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task With_the_smtp_transport_the_reset_mail_goes_to_the_smtp_server()
    {
        await using var smtp = new FakeSmtpServer();
        await using var host = WithSmtp(smtp.Port);
        using var client = host.CreateClient().AsTestApp();
        (await client.PostAsJsonAsync("/api/v1/auth/register", new { email = "ann@example.com", password = Password, displayName = "Ann" })).EnsureSuccessStatusCode();

        var forgot = await client.PostAsJsonAsync("/api/v1/auth/password/forgot", new { email = "ann@example.com" });
        var message = await smtp.WaitForMessageAsync();

        Assert.Equal(HttpStatusCode.Accepted, forgot.StatusCode);
        Assert.Contains("Subject: Reset your password", message, StringComparison.Ordinal);
        Assert.Contains("To: ann@example.com", message, StringComparison.Ordinal);
        Assert.Contains("multipart/alternative", message, StringComparison.Ordinal);
        // The server has the message before the dispatcher commits that it was sent: wait for the commit.
        var stored = await InDatabaseAsync(context => context.Set<OutgoingMail>().SingleAsync());
        for (var attempt = 0; stored.SentAt is null && attempt < 100; attempt++)
        {
            await Task.Delay(50);
            stored = await InDatabaseAsync(context => context.Set<OutgoingMail>().AsNoTracking().SingleAsync());
        }

        Assert.NotNull(stored.SentAt);
    }

    [Fact]
    public async Task While_the_smtp_server_is_down_the_mail_stays_queued_for_a_retry()
    {
        int closedPort;
        await using (var gone = new FakeSmtpServer())
        {
            closedPort = gone.Port;
        }

        await using var host = WithSmtp(closedPort);
        using var client = host.CreateClient().AsTestApp();
        (await client.PostAsJsonAsync("/api/v1/auth/register", new { email = "ann@example.com", password = Password, displayName = "Ann" })).EnsureSuccessStatusCode();

        await client.PostAsJsonAsync("/api/v1/auth/password/forgot", new { email = "ann@example.com" });
        var mail = await WaitForAttemptAsync();

        Assert.Null(mail.SentAt);
        Assert.Null(mail.FailedAt);
        Assert.False(string.IsNullOrEmpty(mail.LastError));
        Assert.True(mail.NextAttemptAt > mail.CreatedAt.AddSeconds(20), "The retry should wait.");
    }

    /// <summary>
    /// The shared host's dispatcher is paused while a test runs, or it would take the mail from the outbox (shared
    /// database) and write it to its pickup directory before the SMTP host sees it.
    /// </summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SharedDispatcher.StopAsync(CancellationToken.None);
    }

    public override async Task DisposeAsync()
    {
        await SharedDispatcher.StartAsync(CancellationToken.None);
        await base.DisposeAsync();
    }

    private MailDispatcher SharedDispatcher => Factory.Services.GetServices<IHostedService>().OfType<MailDispatcher>().Single();

    private WebApplicationFactory<Program> WithSmtp(int port) => Factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Mail:Transport", "Smtp");
        builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Mail:Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Smtp:Security", "None");
        builder.UseSetting("Mail:Smtp:Timeout", "00:00:05");
    });

    private async Task<OutgoingMail> WaitForAttemptAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var mail = await InDatabaseAsync(context => context.Set<OutgoingMail>().AsNoTracking().SingleOrDefaultAsync());
            if (mail is { Attempts: > 0 })
            {
                return mail;
            }

            Assert.True(DateTime.UtcNow < deadline, "The dispatcher made no attempt in 15 seconds.");
            await Task.Delay(100);
        }
    }
}
