using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using Platform.Application.Common.Persistence;
using Platform.Domain.Identity;
using Platform.Domain.Projects;

namespace Platform.Infrastructure.Projects;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public const string SearchVector = "SearchVector";

    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.ToTable("projects");
        builder.HasKey(project => project.Id);
        builder.Property(project => project.Id).ValueGeneratedNever();
        builder.Property(project => project.Key).HasMaxLength(ProjectKey.MaxLength).IsRequired();
        builder.HasIndex(project => project.Key).IsUnique().HasDatabaseName(UniqueConstraints.ProjectKey);
        builder.Property(project => project.Name).HasMaxLength(Project.NameMaxLength).IsRequired();
        builder.Property(project => project.Description).HasMaxLength(Project.DescriptionMaxLength).IsRequired();
        builder.PrimitiveCollection(project => project.Tags).HasField("_tags").UsePropertyAccessMode(PropertyAccessMode.Field).IsRequired();
        builder.Property(project => project.Status).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(project => project.OwnerId).IsRequired();
        builder.HasIndex(project => project.OwnerId);
        builder.Property(project => project.CreatedAt).IsRequired();
        builder.Property(project => project.UpdatedAt).IsRequired();
        // Two writers that read the same version: the second one's UPDATE matches no row and fails (412).
        builder.Property(project => project.Version).IsConcurrencyToken();

        // Search (v2): a weighted full-text document kept by PostgreSQL (key and name A, tags B, description C),
        // and keyset paging indexes for each order; the trigram index on key and name is in the migration (an expression index).
        builder.Property<NpgsqlTsVector>(SearchVector)
            .HasComputedColumnSql("projects_search_document(key, name, description, tags)", stored: true);
        builder.HasIndex(SearchVector).HasMethod("gin");
        builder.HasIndex(project => project.Tags).HasMethod("gin");
        builder.HasIndex(project => new { project.CreatedAt, project.Id });
        builder.HasIndex(project => new { project.UpdatedAt, project.Id });
        builder.HasIndex(project => new { project.Name, project.Id });

        builder.OwnsMany(project => project.Members, members =>
        {
            members.ToTable("project_members");
            members.WithOwner().HasForeignKey("ProjectId");
            members.HasKey("ProjectId", nameof(ProjectMember.UserId));
            members.Property(member => member.UserId).ValueGeneratedNever();
            members.Property(member => member.Role).HasConversion<string>().HasMaxLength(16).IsRequired();
            members.Property(member => member.JoinedAt).IsRequired();
            // "The projects of a user", newest first (UUIDv7 ids are in creation order): lists and keyset pages by user.
            members.HasIndex(nameof(ProjectMember.UserId), "ProjectId");
            members.HasOne<User>().WithMany().HasForeignKey(member => member.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Navigation(project => project.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
