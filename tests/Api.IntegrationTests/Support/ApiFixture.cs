namespace Platform.Api.IntegrationTests.Support;

/// <summary>Every integration test shares one Api and one database, so they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ApiFixture : ICollectionFixture<PlatformApiFactory>
{
    public const string Name = "api";
}
