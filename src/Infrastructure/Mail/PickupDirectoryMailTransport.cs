using Microsoft.Extensions.Options;
using MimeKit;

namespace Platform.Infrastructure.Mail;

/// <summary>Writes each mail to <see cref="MailOptions.PickupDirectory"/> as <c>{time}-{random}.eml</c> (names sort in sending order), complete before it appears.</summary>
internal sealed class PickupDirectoryMailTransport(IOptions<MailOptions> options, TimeProvider clock) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(options.Value.PickupDirectory);
        Directory.CreateDirectory(directory);
        var name = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmssfffffff}-{Guid.NewGuid():N}.eml";
        var partial = Path.Combine(directory, name + ".tmp");
        await using (var file = File.Create(partial))
        {
            await message.WriteToAsync(file, cancellationToken);
        }

        // A reader watching the directory never sees a half-written .eml file.
        File.Move(partial, Path.Combine(directory, name));
    }
}
