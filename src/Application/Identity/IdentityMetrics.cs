using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.Application.Identity;

/// <summary>
/// Counters of the identity module, exported at <c>/metrics</c> (Prometheus adds <c>_total</c>): registrations, sign-ins
/// and refreshes by outcome, refresh-token reuse detections and password resets by stage. The active-session gauge is
/// published by Infrastructure from the database on the same meter.
/// </summary>
public sealed class IdentityMetrics
{
    public const string MeterName = "Platform.Identity";

    private readonly Counter<long> _registrations;
    private readonly Counter<long> _logins;
    private readonly Counter<long> _refreshes;
    private readonly Counter<long> _refreshTokenReuse;
    private readonly Counter<long> _passwordResets;

    public IdentityMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _registrations = meter.CreateCounter<long>("platform.identity.registrations", description: "Accounts created by sign-up.");
        _logins = meter.CreateCounter<long>("platform.identity.logins", description: "Sign-ins by outcome (success, failure).");
        _refreshes = meter.CreateCounter<long>("platform.identity.refreshes", description: "Refresh-token exchanges by outcome (success, failure).");
        _refreshTokenReuse = meter.CreateCounter<long>(
            "platform.identity.refresh_token_reuse", description: "Used refresh tokens presented again: each ended a session.");
        _passwordResets = meter.CreateCounter<long>("platform.identity.password_resets", description: "Password resets by stage (requested, completed).");
    }

    public void Registered() => _registrations.Add(1);

    public void LoggedIn(bool succeeded) => _logins.Add(1, new TagList { { "outcome", Outcome(succeeded) } });

    public void Refreshed(bool succeeded) => _refreshes.Add(1, new TagList { { "outcome", Outcome(succeeded) } });

    public void RefreshTokenReused() => _refreshTokenReuse.Add(1);

    public void PasswordResetRequested() => _passwordResets.Add(1, new TagList { { "stage", "requested" } });

    public void PasswordResetCompleted() => _passwordResets.Add(1, new TagList { { "stage", "completed" } });

    private static string Outcome(bool succeeded) => succeeded ? "success" : "failure";
}
