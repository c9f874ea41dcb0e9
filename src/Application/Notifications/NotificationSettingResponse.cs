using Mapster;
using MapsterMapper;
using Platform.Application.Notifications.Contracts;
using Platform.Domain.Notifications;

namespace Platform.Application.Notifications;

/// <summary>A type of notification in the reader's language, and how it reaches them: <paramref name="Email"/> is off, immediate or digest.</summary>
public sealed record NotificationSettingResponse(string Type, string Name, string Description, bool IsSecurity, bool InApp, string Email);

/// <summary>The caller's choice for every type of the catalogue (the defaults where they made none), and its version (the ETag).</summary>
public sealed record NotificationPreferencesResponse(IReadOnlyList<NotificationSettingResponse> Items, long Version);

/// <summary>A type of notification and the setting that applies to one user.</summary>
internal sealed record TypeSetting(NotificationType Type, NotificationSetting Setting);

/// <summary>The wire names of <see cref="EmailDelivery"/>.</summary>
public static class EmailDeliveryNames
{
    public const string Off = "off";
    public const string Immediate = "immediate";
    public const string Digest = "digest";

    public static readonly IReadOnlyList<string> All = [Off, Immediate, Digest];

    public static string Of(EmailDelivery delivery) => delivery switch
    {
        EmailDelivery.Immediate => Immediate,
        EmailDelivery.Digest => Digest,
        _ => Off,
    };

    public static EmailDelivery Parse(string name) => name switch
    {
        Immediate => EmailDelivery.Immediate,
        Digest => EmailDelivery.Digest,
        _ => EmailDelivery.Off,
    };
}

/// <summary>Maps the catalogue's types with their names in one language (a Mapster run-time parameter, ADR 30).</summary>
internal static class TypesInLanguage
{
    private const string Parameter = "locale";

    public static List<NotificationSettingResponse> MapIn(this IMapper mapper, IEnumerable<TypeSetting> settings, string? locale) =>
        mapper.From(settings.ToList()).AddParameters(Parameter, locale ?? string.Empty).AdaptToType<List<NotificationSettingResponse>>();

    public static NotificationTexts Texts(NotificationType type) => type.In((string)MapContext.Current!.Parameters[Parameter]);
}

internal sealed class NotificationSettingMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<TypeSetting, NotificationSettingResponse>()
            .Map(response => response.Type, source => source.Type.Key)
            .Map(response => response.Name, source => TypesInLanguage.Texts(source.Type).Name)
            .Map(response => response.Description, source => TypesInLanguage.Texts(source.Type).Description)
            .Map(response => response.IsSecurity, source => source.Type.Kind.IsSecurity)
            .Map(response => response.InApp, source => source.Setting.InApp)
            .Map(response => response.Email, source => EmailDeliveryNames.Of(source.Setting.Email));
}
