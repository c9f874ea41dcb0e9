using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Application.Common.Persistence;
using Platform.Domain.Identity;
using Platform.Domain.Teams;

namespace Platform.Infrastructure.Teams;

internal sealed class TeamApplicationConfiguration : IEntityTypeConfiguration<TeamApplication>
{
    public void Configure(EntityTypeBuilder<TeamApplication> builder)
    {
        builder.ToTable("team_applications");
        builder.HasKey(application => application.Id);
        builder.Property(application => application.Id).ValueGeneratedNever();
        builder.Property(application => application.Message).HasMaxLength(TeamApplication.MessageMaxLength).IsRequired();
        builder.Property(application => application.Status).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(application => application.CreatedAt).IsRequired();
        builder.HasOne<Team>().WithMany().HasForeignKey(application => application.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(application => application.ApplicantId).OnDelete(DeleteBehavior.Cascade);
        // One pending application per player and team, even when two arrive at once.
        builder.HasIndex(application => new { application.TeamId, application.ApplicantId })
            .IsUnique().HasFilter("status = 'Pending'").HasDatabaseName(UniqueConstraints.PendingTeamApplication);
        // The captain's list (by team, newest first) and the player's own (by applicant, newest first).
        builder.HasIndex(application => new { application.TeamId, application.Id });
        builder.HasIndex(application => new { application.ApplicantId, application.Id });
    }
}
