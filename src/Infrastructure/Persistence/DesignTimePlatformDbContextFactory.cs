using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the Api; it never connects.</summary>
internal sealed class DesignTimePlatformDbContextFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PlatformDbContext>();
        PlatformDbContextOptions.Configure(builder, "Host=localhost;Database=platform_design_time");
        return new PlatformDbContext(builder.Options);
    }
}
