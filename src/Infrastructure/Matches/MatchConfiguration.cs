using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Domain.Matches;
using Platform.Domain.Playgrounds;
using Platform.Domain.Tournaments;

namespace Platform.Infrastructure.Matches;

internal sealed class MatchConfiguration : IEntityTypeConfiguration<Match>
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Match> builder)
    {
        builder.ToTable("matches");
        builder.HasKey(match => match.Id);
        builder.Property(match => match.Id).ValueGeneratedNever();
        // No foreign keys to teams: a deleted team's played matches stay in the other side's history (and its
        // tournaments'), naming the team that played them.
        builder.HasOne<Playground>().WithMany().HasForeignKey(match => match.PlaygroundId).OnDelete(DeleteBehavior.SetNull);
        // Only a tournament that never started can be deleted, and it has no matches; the key keeps it that way.
        builder.HasOne<Tournament>().WithMany().HasForeignKey(match => match.TournamentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(match => match.Side).HasConversion<string>().HasMaxLength(16);
        builder.Property(match => match.CreatedAt).IsRequired();
        builder.Property(match => match.Sport).HasMaxLength(32).IsRequired();
        builder.Property(match => match.Status).HasConversion<string>().HasMaxLength(24).IsRequired();
        builder.Property(match => match.DisputeReason).HasMaxLength(Match.ReasonMaxLength);
        builder.Property(match => match.Version).IsConcurrencyToken();
        builder.PrimitiveCollection(match => match.HomeLineup).HasField("_homeLineup").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        builder.PrimitiveCollection(match => match.AwayLineup).HasField("_awayLineup").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        builder.PrimitiveCollection(match => match.ForfeitedBy).HasField("_forfeitedBy").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        builder.Ignore(match => match.WinnerTeamId);
        // The report, the result and the history are read and written with the match: jsonb.
        // A report is replaced whole, never changed in place: stored as its JSON, compared as a record.
        builder.Property(match => match.Report).HasColumnType("jsonb").HasConversion(
            report => JsonSerializer.Serialize(report, JsonOptions),
            json => JsonSerializer.Deserialize<MatchReport>(json, JsonOptions));
        builder.OwnsOne(match => match.Result, result => result.ToJson("result"));
        builder.OwnsMany(match => match.History, history => history.ToJson("history"));
        builder.Navigation(match => match.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
        // Lists by team and time (keyset), bookings of a playground, and the deadline sweep.
        builder.HasIndex(match => new { match.HomeTeamId, match.ScheduledAt, match.Id });
        builder.HasIndex(match => new { match.AwayTeamId, match.ScheduledAt, match.Id });
        builder.HasIndex(match => new { match.ScheduledAt, match.Id });
        builder.HasIndex(match => new { match.PlaygroundId, match.ScheduledAt, match.EndsAt });
        builder.HasIndex(match => match.ConfirmationDeadline).HasFilter("status = 'AwaitingConfirmation'");
        builder.HasIndex(match => new { match.TournamentId, match.Round }).HasFilter("tournament_id IS NOT NULL");
    }
}
