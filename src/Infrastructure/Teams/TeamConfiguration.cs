using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Application.Common.Persistence;
using Platform.Domain.Community;
using Platform.Domain.Identity;
using Platform.Domain.Teams;

namespace Platform.Infrastructure.Teams;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("teams");
        builder.HasKey(team => team.Id);
        builder.Property(team => team.Id).ValueGeneratedNever();
        builder.Property(team => team.Name).HasMaxLength(Team.NameMaxLength).IsRequired();
        builder.Property(team => team.NameKey).HasMaxLength(Team.NameMaxLength).IsRequired();
        builder.Property(team => team.Sport).HasMaxLength(32).IsRequired();
        builder.Property(team => team.City).HasMaxLength(CommunityText.CityMaxLength).IsRequired();
        builder.Property(team => team.CityKey).HasMaxLength(CommunityText.CityMaxLength).IsRequired();
        builder.Property(team => team.CaptainId).IsRequired();
        builder.Property(team => team.CreatedAt).IsRequired();
        builder.Property(team => team.UpdatedAt).IsRequired();
        // Two writers that read the same version (two acceptances into the last place): the second one's UPDATE matches no row (412).
        builder.Property(team => team.Version).IsConcurrencyToken();
        builder.HasIndex(team => new { team.Sport, team.NameKey }).IsUnique().HasDatabaseName(UniqueConstraints.TeamName);
        // The list: newest first, filtered by sport and city.
        builder.HasIndex(team => new { team.CreatedAt, team.Id });
        builder.HasIndex(team => new { team.CityKey, team.Sport });

        builder.OwnsMany(team => team.Members, members =>
        {
            members.ToTable("team_members");
            members.WithOwner().HasForeignKey("TeamId");
            members.HasKey("TeamId", nameof(TeamMember.UserId));
            members.Property(member => member.UserId).ValueGeneratedNever();
            members.Property(member => member.JoinedAt).IsRequired();
            // "The teams of a player".
            members.HasIndex(nameof(TeamMember.UserId), "TeamId");
            members.HasOne<User>().WithMany().HasForeignKey(member => member.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Navigation(team => team.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
