namespace Platform.Infrastructure.Mail;

/// <summary>How mail leaves the platform (configuration section <c>Mail</c>).</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    public MailTransportKind Transport { get; set; } = MailTransportKind.PickupDirectory;

    public string FromAddress { get; set; } = "no-reply@platform.local";

    public string FromName { get; set; } = "Platform";

    /// <summary>Where <see cref="MailTransportKind.PickupDirectory"/> writes one <c>.eml</c> file per mail (relative to the working directory).</summary>
    public string PickupDirectory { get; set; } = "mail-pickup";

    public SmtpOptions Smtp { get; set; } = new();
}
