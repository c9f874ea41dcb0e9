namespace Platform.Application.Identity;

/// <summary>
/// Claims of an access token beyond the registered ones (<c>sub</c>, <c>sid</c>, <c>jti</c>): the app of the session it
/// was issued to, as named at sign-in or at the last refresh, so each request tells the client-versions report which app
/// and version made it without a lookup.
/// </summary>
public static class AccessTokenClaims
{
    public const string AppType = "app_type";

    public const string AppVersion = "app_version";
}
