using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Identity;
using Platform.Domain.Teams;

namespace Platform.Infrastructure.Teams;

internal sealed class PlayerProfileConfiguration : IEntityTypeConfiguration<PlayerProfile>
{
    public void Configure(EntityTypeBuilder<PlayerProfile> builder)
    {
        builder.ToTable("player_profiles");
        builder.HasKey(profile => profile.UserId);
        builder.Property(profile => profile.UserId).ValueGeneratedNever();
        builder.PrimitiveCollection(profile => profile.Sports).HasField("_sports").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        builder.PrimitiveCollection(profile => profile.Positions).HasField("_positions").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        builder.Property(profile => profile.City).HasMaxLength(Platform.Domain.Community.CommunityText.CityMaxLength).IsRequired();
        builder.Property(profile => profile.Version).IsConcurrencyToken();
        builder.HasOne<User>().WithOne().HasForeignKey<PlayerProfile>(profile => profile.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
