using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Community;
using Platform.Domain.Playgrounds;

namespace Platform.Infrastructure.Playgrounds;

internal sealed class PlaygroundConfiguration : IEntityTypeConfiguration<Playground>
{
    public void Configure(EntityTypeBuilder<Playground> builder)
    {
        builder.ToTable("playgrounds");
        builder.HasKey(playground => playground.Id);
        builder.Property(playground => playground.Id).ValueGeneratedNever();
        builder.Property(playground => playground.OwnerId).IsRequired();
        builder.HasIndex(playground => new { playground.CreatedAt, playground.Id });
        builder.Property(playground => playground.Name).HasMaxLength(Playground.NameMaxLength).IsRequired();
        builder.Property(playground => playground.Address).HasMaxLength(Playground.AddressMaxLength).IsRequired();
        builder.Property(playground => playground.City).HasMaxLength(CommunityText.CityMaxLength).IsRequired();
        builder.Property(playground => playground.CityKey).HasMaxLength(CommunityText.CityMaxLength).IsRequired();
        builder.HasIndex(playground => playground.CityKey);
        builder.PrimitiveCollection(playground => playground.Sports).HasField("_sports").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        builder.HasIndex(playground => playground.Sports).HasMethod("gin");
        builder.Property(playground => playground.Surface).HasMaxLength(32).IsRequired();
        builder.Property(playground => playground.TimeZone).HasMaxLength(Playground.TimeZoneMaxLength).IsRequired();
        builder.Property(playground => playground.CreatedAt).IsRequired();
        builder.Property(playground => playground.UpdatedAt).IsRequired();
        builder.Property(playground => playground.Version).IsConcurrencyToken();
        // The weekly hours are read and written with the playground, never queried apart: one jsonb column.
        builder.OwnsMany(playground => playground.OpeningHours, hours => hours.ToJson("opening_hours"));
        builder.Navigation(playground => playground.OpeningHours).HasField("_openingHours").UsePropertyAccessMode(PropertyAccessMode.Field);
        // The distance search's GiST index over ll_to_earth(latitude, longitude) is in the migration (an expression index).
    }
}
