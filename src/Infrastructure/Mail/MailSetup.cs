using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Common.Mail;

namespace Platform.Infrastructure.Mail;

internal static class MailSetup
{
    /// <summary>The outbox that commands write to, both transports (the configured one is used) and the dispatcher.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName)
            .Validate(IsValid, "Mail: FromAddress must be an address, DispatchInterval and MaxAttempts positive, and Mail:Smtp:Host set for the Smtp transport.")
            .ValidateOnStart();
        services.AddScoped<IMailOutbox, MailOutbox>();
        services.AddKeyedSingleton<IMailTransport, PickupDirectoryMailTransport>(MailTransportKind.PickupDirectory);
        services.AddKeyedSingleton<IMailTransport, SmtpMailTransport>(MailTransportKind.Smtp);
        services.AddHostedService<MailDispatcher>();
        return services;
    }

    private static bool IsValid(MailOptions options) =>
        MimeKit.MailboxAddress.TryParse(options.FromAddress, out _)
        && options.DispatchInterval > TimeSpan.Zero
        && options.MaxAttempts > 0
        && (options.Transport != MailTransportKind.Smtp || !string.IsNullOrWhiteSpace(options.Smtp.Host));
}
