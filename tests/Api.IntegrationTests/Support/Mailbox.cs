using MimeKit;

namespace Platform.Api.IntegrationTests.Support;

/// <summary>One recipient's mail in the test host's pickup directory, read as a mail client would read it.</summary>
public sealed class Mailbox(string pickupDirectory, string address)
{
    /// <summary>The mails delivered to the address so far.</summary>
    public async Task<IReadOnlyList<MimeMessage>> ReadAsync()
    {
        if (!Directory.Exists(pickupDirectory))
        {
            return [];
        }

        var mails = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(pickupDirectory, "*.eml").Order(StringComparer.Ordinal))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(mailbox => string.Equals(mailbox.Address, address, StringComparison.OrdinalIgnoreCase)))
            {
                mails.Add(message);
            }
        }

        return mails;
    }

    /// <summary>Waits for the outbox relay to deliver the <paramref name="count"/>-th mail, and answers it.</summary>
    public async Task<MimeMessage> WaitForMailAsync(int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var mails = await ReadAsync();
            if (mails.Count >= count)
            {
                return mails[count - 1];
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No mail number {count} for {address} in {pickupDirectory} after 15 seconds.");
            }

            await Task.Delay(50);
        }
    }
}
