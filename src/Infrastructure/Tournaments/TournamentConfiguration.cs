using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Community;
using Platform.Domain.Tournaments;

namespace Platform.Infrastructure.Tournaments;

internal sealed class TournamentConfiguration : IEntityTypeConfiguration<Tournament>
{
    public void Configure(EntityTypeBuilder<Tournament> builder)
    {
        builder.ToTable("tournaments");
        builder.HasKey(tournament => tournament.Id);
        builder.Property(tournament => tournament.Id).ValueGeneratedNever();
        builder.Ignore(tournament => tournament.Seeded);
        builder.Property(tournament => tournament.Name).HasMaxLength(Tournament.NameMaxLength).IsRequired();
        builder.Property(tournament => tournament.Sport).HasMaxLength(32).IsRequired();
        builder.Property(tournament => tournament.City).HasMaxLength(CommunityText.CityMaxLength).IsRequired();
        builder.Property(tournament => tournament.CityKey).HasMaxLength(CommunityText.CityMaxLength).IsRequired();
        builder.Property(tournament => tournament.State).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(tournament => tournament.CreatedAt).IsRequired();
        builder.Property(tournament => tournament.UpdatedAt).IsRequired();
        builder.Property(tournament => tournament.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(tournament => tournament.OrganiserIds).HasField("_organiserIds").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        builder.PrimitiveCollection(tournament => tournament.Lots).HasField("_lots").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        // Settings are read and written whole with the tournament.
        builder.OwnsOne(tournament => tournament.Settings, settings =>
        {
            settings.ToJson("settings");
            settings.OwnsOne(value => value.Points);
        });
        // The list: newest first, filtered by sport, city and state.
        builder.HasIndex(tournament => new { tournament.CreatedAt, tournament.Id });
        builder.HasIndex(tournament => new { tournament.CityKey, tournament.Sport });

        builder.OwnsMany(tournament => tournament.Entries, entries =>
        {
            entries.ToTable("tournament_entries");
            entries.WithOwner().HasForeignKey("TournamentId");
            entries.HasKey(entry => entry.Id);
            entries.Property(entry => entry.Id).ValueGeneratedNever();
            entries.Property(entry => entry.Status).HasConversion<string>().HasMaxLength(16).IsRequired();
            entries.Property(entry => entry.TeamId).IsRequired();
            entries.Property(entry => entry.CaptainId).IsRequired();
            entries.Property(entry => entry.EnteredAt).IsRequired();
            entries.PrimitiveCollection(entry => entry.PlayerIds).HasField("_playerIds").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
            // "The tournaments a team is in" (a team in a running tournament is not deleted). No foreign key: an entry
            // outlives its team in the tournament's history, as its matches do.
            entries.HasIndex(entry => entry.TeamId);
        });
        builder.Navigation(tournament => tournament.Entries).HasField("_entries").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
