namespace Platform.Api.IntegrationTests.Support;

/// <summary>A registered user and a valid access token of theirs.</summary>
public sealed record SignedInUser(Guid Id, string Token);
