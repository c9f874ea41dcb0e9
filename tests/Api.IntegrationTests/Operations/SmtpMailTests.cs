using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.IntegrationTests.Support;
using Platform.Infrastructure.Outbox;

namespace Platform.Api.IntegrationTests.Operations;

/// <summary>Mail through the SMTP transport, delivered by the outbox relay of a host that uses it (ADR 16, ADR 37).</summary>
public sealed class SmtpMailTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task With_the_smtp_transport_the_reset_mail_goes_to_the_smtp_server_and_its_body_leaves_the_database()
    {
        await using var smtp = new TestSmtpServer();
        await using var host = WithSmtp(smtp.Port);

        var forgot = await AskForResetMailAsync(host);
        var message = await smtp.WaitForMessageAsync();

        Assert.Equal(HttpStatusCode.Accepted, forgot.StatusCode);
        Assert.Contains("Subject: Reset your password", message, StringComparison.Ordinal);
        Assert.Contains("To: ann@example.com", message, StringComparison.Ordinal);
        Assert.Contains("multipart/alternative", message, StringComparison.Ordinal);
        // The server has the message before the relay commits that it was sent: wait for the commit.
        var mail = await WaitForMailMessageAsync(entry => entry.Status == OutboxStatus.Dispatched);
        Assert.Equal("{}", mail.Payload);
        Assert.Contains($"Message-Id: <{mail.Id:N}@platform.local>", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_server_that_refuses_twice_for_now_gets_the_mail_at_the_third_attempt_once()
    {
        await using var smtp = new TestSmtpServer();
        smtp.RefuseTemporarily(2);
        await using var host = WithSmtp(smtp.Port);

        await AskForResetMailAsync(host);
        var mail = await WaitForMailMessageAsync(entry => entry.Status == OutboxStatus.Dispatched);

        Assert.Equal(3, mail.Attempts);
        Assert.Equal(2, smtp.Refused);
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task A_permanent_refusal_makes_the_mail_dead_at_once_with_the_servers_code_but_not_its_text()
    {
        await using var smtp = new TestSmtpServer();
        smtp.RefusePermanently();
        await using var host = WithSmtp(smtp.Port);

        await AskForResetMailAsync(host);
        var mail = await WaitForMailMessageAsync(entry => entry.Status == OutboxStatus.Dead);

        Assert.Equal(1, mail.Attempts);
        // The server's text quotes the address (TestSmtpServer does as real servers do); only its codes are kept.
        Assert.Equal("MailDelivery: The mail server refused the mail: 550 MessageNotAccepted", mail.LastError);
        Assert.Empty(smtp.Messages);
    }

    [Fact]
    public async Task While_the_smtp_server_is_down_the_mail_stays_pending_for_a_later_attempt()
    {
        int closedPort;
        await using (var gone = new TestSmtpServer())
        {
            closedPort = gone.Port;
        }

        await using var host = WithSmtp(closedPort, firstRetry: "00:00:30");

        await AskForResetMailAsync(host);
        var mail = await WaitForMailMessageAsync(entry => entry.Attempts > 0);

        Assert.Equal(OutboxStatus.Pending, mail.Status);
        Assert.False(string.IsNullOrEmpty(mail.LastError));
        Assert.NotEqual("{}", mail.Payload);
        Assert.True(mail.AvailableAt > mail.CreatedAt.AddSeconds(14), "The retry should wait at least half of the first retry's 30 s.");
    }

    /// <summary>
    /// The shared host's relay is paused while a test runs, or it would take the mail from the outbox (shared database)
    /// and write it to its pickup directory before the SMTP host sees it.
    /// </summary>
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SharedRelay.StopAsync(CancellationToken.None);
    }

    public override async Task DisposeAsync()
    {
        await SharedRelay.StartAsync(CancellationToken.None);
        await base.DisposeAsync();
    }

    private OutboxRelay SharedRelay => Factory.Services.GetRequiredService<OutboxRelay>();

    private static async Task<HttpResponseMessage> AskForResetMailAsync(WebApplicationFactory<Program> host)
    {
        using var client = host.CreateClient().AsTestApp();
        (await client.PostAsJsonAsync("/api/v1/auth/register", new { email = "ann@example.com", password = Password, displayName = "Ann" })).EnsureSuccessStatusCode();
        return await client.PostAsJsonAsync("/api/v1/auth/password/forgot", new { email = "ann@example.com" });
    }

    private WebApplicationFactory<Program> WithSmtp(int port, string firstRetry = "00:00:00.050") => Factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Mail:Transport", "Smtp");
        builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Mail:Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Smtp:Security", "None");
        builder.UseSetting("Mail:Smtp:Timeout", "00:00:05");
        builder.UseSetting("Outbox:FirstRetry", firstRetry);
    });

    private async Task<OutboxEntry> WaitForMailMessageAsync(Func<OutboxEntry, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var mail = await InDatabaseAsync(context => context.Set<OutboxEntry>().AsNoTracking().SingleOrDefaultAsync(entry => entry.Name == "mail.requested.v1"));
            if (mail is not null && condition(mail))
            {
                return mail;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The mail's outbox message did not get there in 15 seconds: {mail?.Status}, {mail?.Attempts} attempts, {mail?.LastError}.");
            await Task.Delay(50);
        }
    }
}
