using Microsoft.Extensions.DependencyInjection;

namespace Platform.Infrastructure.Mail;

internal static class MailSetup
{
    /// <summary>Both transports (the configured one is used); the outbox's <see cref="MailDelivery"/> sends through it.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName)
            .Validate(IsValid, "Mail: FromAddress must be an address, and Mail:Smtp:Host set for the Smtp transport.")
            .ValidateOnStart();
        services.AddKeyedSingleton<IMailTransport, PickupDirectoryMailTransport>(MailTransportKind.PickupDirectory);
        services.AddKeyedSingleton<IMailTransport, SmtpMailTransport>(MailTransportKind.Smtp);
        return services;
    }

    private static bool IsValid(MailOptions options) =>
        MimeKit.MailboxAddress.TryParse(options.FromAddress, out _)
        && (options.Transport != MailTransportKind.Smtp || !string.IsNullOrWhiteSpace(options.Smtp.Host));
}
