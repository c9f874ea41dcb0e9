using Mapster;
using Platform.Domain.Teams;

namespace Platform.Application.Teams;

/// <summary>An application to a team, as its applicant and the team's captain see it.</summary>
/// <param name="Id">The application's id.</param>
/// <param name="TeamId">The team applied to.</param>
/// <param name="ApplicantId">The player who applied.</param>
/// <param name="Message">What the applicant wrote; empty when nothing.</param>
/// <param name="Status">pending, accepted, rejected or withdrawn.</param>
/// <param name="CreatedAt">When it was sent (UTC).</param>
/// <param name="DecidedAt">When it stopped being pending (UTC), if it has.</param>
public sealed record ApplicationResponse(
    Guid Id, Guid TeamId, Guid ApplicantId, string Message, string Status, DateTimeOffset CreatedAt, DateTimeOffset? DecidedAt);

/// <summary>The statuses as clients write them.</summary>
public static class ApplicationStatuses
{
    public static readonly IReadOnlyList<string> All = [.. Enum.GetValues<ApplicationStatus>().Select(NameOf)];

    public static string NameOf(ApplicationStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The status a client named, or null when the name is not one.</summary>
    public static ApplicationStatus? From(string? name) =>
        Enum.GetValues<ApplicationStatus>().Select(status => (ApplicationStatus?)status).FirstOrDefault(status => NameOf(status!.Value) == name);
}

internal sealed class ApplicationMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<TeamApplication, ApplicationResponse>().Map(response => response.Status, application => ApplicationStatuses.NameOf(application.Status));
}
