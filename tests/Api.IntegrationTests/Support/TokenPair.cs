namespace Platform.Api.IntegrationTests.Support;

/// <summary>What a sign-in or refresh answers a bearer client.</summary>
public sealed record TokenPair(string AccessToken, string RefreshToken, Guid SessionId);
