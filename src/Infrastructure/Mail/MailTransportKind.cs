namespace Platform.Infrastructure.Mail;

public enum MailTransportKind
{
    /// <summary>Writes each mail as an <c>.eml</c> file, for development, tests and hosts whose MTA picks files up.</summary>
    PickupDirectory,

    /// <summary>Sends through an SMTP server with MailKit.</summary>
    Smtp,
}
