using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.PlatformModule;

namespace Platform.Infrastructure.PlatformModule;

internal sealed class PlatformEntityConfiguration : IEntityTypeConfiguration<PlatformEntity>
{
    public void Configure(EntityTypeBuilder<PlatformEntity> builder)
    {
        builder.ToTable("platform_module");
        builder.HasKey(platformEntity => platformEntity.Id);
        builder.Property(platformEntity => platformEntity.Id).ValueGeneratedNever();
        builder.Property(platformEntity => platformEntity.OwnerId).IsRequired();
#if (shared)
        builder.HasIndex(platformEntity => platformEntity.CreatedAt);
#else
        builder.HasIndex(platformEntity => new { platformEntity.OwnerId, platformEntity.CreatedAt });
#endif
        builder.Property(platformEntity => platformEntity.Name).HasMaxLength(PlatformEntity.NameMaxLength).IsRequired();
        builder.Property(platformEntity => platformEntity.CreatedAt).IsRequired();
        builder.Property(platformEntity => platformEntity.UpdatedAt).IsRequired();
    }
}
