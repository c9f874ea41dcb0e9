using System.Diagnostics.CodeAnalysis;

namespace Platform.Domain.Projects;

/// <summary>
/// A project: a unique key, a name, a description, tags, a status and its members. Rules: there is always exactly one
/// owner; only owners and maintainers manage members; viewers cannot write; an archived project is read-only until
/// restored; the owner cannot leave without handing the ownership over. Someone who is not a member does not see it.
/// Every change raises its <see cref="ProjectEvent"/>.
/// </summary>
public sealed class Project : AggregateRoot
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int MaxTags = 20;
    public const int TagMaxLength = 32;

    private readonly List<string> _tags = [];
    private readonly List<ProjectMember> _members = [];

    private Project(Guid id, string key, string name, string description, DateTimeOffset createdAt)
    {
        Id = id;
        Key = key;
        Name = name;
        Description = description;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Guid Id { get; }

    public string Key { get; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    public IReadOnlyList<string> Tags => _tags;

    public ProjectStatus Status { get; private set; }

    /// <summary>The one member with <see cref="ProjectRole.Owner"/>, kept beside the members for fast filters.</summary>
    public Guid OwnerId { get; private set; }

    public IReadOnlyList<ProjectMember> Members => _members;

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Goes up by one with every change: the entity tag clients send back in <c>If-Match</c>, and the optimistic lock.</summary>
    public long Version { get; private set; } = 1;

    /// <summary>Whether the caller's copy (its <see cref="Version"/>) is still the current one.</summary>
    public bool IsAtVersion(long version) => Version == version;

    /// <summary>A new active project whose creator is its owner; key upper-cased, name trimmed, tags lower-cased and de-duplicated.</summary>
    public static Result<Project> Create(
        Guid ownerId, string? key, string? name, string? description, IReadOnlyCollection<string>? tags, DateTimeOffset now)
    {
        if (ownerId == Guid.Empty)
        {
            throw new ArgumentException("A project needs an owner.", nameof(ownerId));
        }

        var validKey = ProjectKey.Parse(key);
        if (!validKey.IsSuccess)
        {
            return validKey.Error;
        }

        var createdAt = StoredTime.From(now);
        var project = new Project(Guid.CreateVersion7(now), validKey.Value, string.Empty, string.Empty, createdAt) { OwnerId = ownerId };
        project._members.Add(ProjectMember.Join(ownerId, ProjectRole.Owner, now));
        var details = project.SetDetails(name, description, tags);
        if (!details.IsSuccess)
        {
            return details.Error;
        }

        project.Raise(new ProjectCreated(project));
        return project;
    }

    /// <summary>The user's role here, or null when they are not a member.</summary>
    public ProjectRole? RoleOf(Guid userId) => _members.Find(member => member.UserId == userId)?.Role;

    public bool IsVisibleTo(Guid userId) => RoleOf(userId) is not null;

    /// <summary>Replaces name, description and tags; members, maintainers and the owner may, while the project is active.</summary>
    public Result<Project> UpdateDetails(Guid actorId, string? name, string? description, IReadOnlyCollection<string>? tags, DateTimeOffset now)
    {
        var allowed = RequireWritable(actorId, ProjectRole.Member);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        var details = SetDetails(name, description, tags);
        if (!details.IsSuccess)
        {
            return details.Error;
        }

        Touch(now);
        Raise(new ProjectDetailsUpdated(this, actorId));
        return this;
    }

    public Result<ProjectMember> AddMember(Guid actorId, Guid userId, ProjectRole role, DateTimeOffset now)
    {
        var allowed = RequireWritable(actorId, ProjectRole.Maintainer);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        if (role == ProjectRole.Owner)
        {
            return ProjectsErrors.OwnerRoleReserved;
        }

        if (IsVisibleTo(userId))
        {
            return ProjectsErrors.AlreadyMember;
        }

        var member = ProjectMember.Join(userId, role, now);
        _members.Add(member);
        Touch(now);
        Raise(new MemberAdded(this, actorId, member));
        return member;
    }

    public Result<ProjectMember> ChangeMemberRole(Guid actorId, Guid userId, ProjectRole role, DateTimeOffset now)
    {
        var allowed = RequireWritable(actorId, ProjectRole.Maintainer);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        var member = _members.Find(candidate => candidate.UserId == userId);
        if (member is null)
        {
            return ProjectsErrors.MemberNotFound;
        }

        if (role == ProjectRole.Owner || member.Role == ProjectRole.Owner)
        {
            return ProjectsErrors.OwnerRoleReserved;
        }

        member.ChangeRole(role);
        Touch(now);
        Raise(new MemberRoleChanged(this, actorId, member));
        return member;
    }

    /// <summary>Takes a member out; members may also leave by themselves, the owner never (transfer first).</summary>
    public Result<ProjectMember> RemoveMember(Guid actorId, Guid userId, DateTimeOffset now)
    {
        var allowed = RequireWritable(actorId, actorId == userId ? ProjectRole.Viewer : ProjectRole.Maintainer);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        var member = _members.Find(candidate => candidate.UserId == userId);
        if (member is null)
        {
            return ProjectsErrors.MemberNotFound;
        }

        if (member.Role == ProjectRole.Owner)
        {
            return ProjectsErrors.OwnerCannotLeave;
        }

        _members.Remove(member);
        Touch(now);
        Raise(new MemberRemoved(this, actorId, member));
        return member;
    }

    /// <summary>Hands the project to another member; the former owner stays as a maintainer.</summary>
    public Result<Project> TransferOwnership(Guid actorId, Guid newOwnerId, DateTimeOffset now)
    {
        var allowed = RequireWritable(actorId, ProjectRole.Owner);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        var heir = _members.Find(candidate => candidate.UserId == newOwnerId);
        if (heir is null)
        {
            return ProjectsErrors.MemberNotFound;
        }

        if (heir.UserId == actorId)
        {
            return this;
        }

        _members.Single(member => member.UserId == actorId).ChangeRole(ProjectRole.Maintainer);
        heir.ChangeRole(ProjectRole.Owner);
        OwnerId = heir.UserId;
        Touch(now);
        Raise(new ProjectOwnershipTransferred(this, actorId));
        return this;
    }

    public Result<Project> Archive(Guid actorId, DateTimeOffset now) => SetStatus(actorId, ProjectStatus.Archived, now);

    public Result<Project> Restore(Guid actorId, DateTimeOffset now) => SetStatus(actorId, ProjectStatus.Active, now);

    /// <summary>Records the project's deletion, which only the owner may ask for; its repository then removes it.</summary>
    public Result<Project> Delete(Guid actorId)
    {
        var allowed = Require(actorId, ProjectRole.Owner);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        Raise(new ProjectDeleted(this, actorId));
        return this;
    }

    /// <summary>Not a member: not found (the project is invisible to them). A member below <paramref name="minimum"/>: denied.</summary>
    public Result<ProjectRole> Require(Guid actorId, ProjectRole minimum)
    {
        if (RoleOf(actorId) is not { } role)
        {
            return ProjectsErrors.NotFound;
        }

        if (role < minimum)
        {
            return ProjectsErrors.PermissionDenied;
        }

        return role;
    }

    private Result<ProjectRole> RequireWritable(Guid actorId, ProjectRole minimum)
    {
        var allowed = Require(actorId, minimum);
        if (allowed.IsSuccess && Status == ProjectStatus.Archived)
        {
            return ProjectsErrors.Archived;
        }

        return allowed;
    }

    private Result<Project> SetStatus(Guid actorId, ProjectStatus status, DateTimeOffset now)
    {
        var allowed = Require(actorId, ProjectRole.Maintainer);
        if (!allowed.IsSuccess)
        {
            return allowed.Error;
        }

        if (Status != status)
        {
            Status = status;
            Touch(now);
            Raise(status == ProjectStatus.Archived ? new ProjectArchived(this, actorId) : new ProjectRestored(this, actorId));
        }

        return this;
    }

    /// <summary>A project name: 1 to <see cref="NameMaxLength"/> characters once trimmed, no control characters.</summary>
    public static bool IsValidName([NotNullWhen(true)] string? name) =>
        name?.Trim() is { Length: > 0 and <= NameMaxLength } trimmed && !trimmed.Any(char.IsControl);

    /// <summary>A description: up to <see cref="DescriptionMaxLength"/> characters once trimmed; none is empty.</summary>
    public static bool IsValidDescription(string? description) => (description?.Trim().Length ?? 0) <= DescriptionMaxLength;

    /// <summary>
    /// Tags: at most <see cref="MaxTags"/> once lower-cased and de-duplicated, each 1 to <see cref="TagMaxLength"/>
    /// letters, digits, '-' or '_'; none is an empty set.
    /// </summary>
    public static bool AreValidTags(IReadOnlyCollection<string>? tags) =>
        tags is null || (tags.All(tag => tag is not null) && NormalizedTags(tags) is { Count: <= MaxTags } normalized && normalized.All(IsTag));

    private Result<Project> SetDetails(string? name, string? description, IReadOnlyCollection<string>? tags)
    {
        if (!IsValidName(name))
        {
            return ProjectsErrors.NameInvalid;
        }

        if (!IsValidDescription(description))
        {
            return ProjectsErrors.DescriptionInvalid;
        }

        if (!AreValidTags(tags))
        {
            return ProjectsErrors.TagsInvalid;
        }

        Name = name.Trim();
        Description = description?.Trim() ?? string.Empty;
        _tags.Clear();
        _tags.AddRange(NormalizedTags(tags ?? []));
        return this;
    }

    private static List<string> NormalizedTags(IEnumerable<string> tags) =>
        [.. tags.Select(tag => tag.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    private static bool IsTag(string tag) =>
        tag.Length is > 0 and <= TagMaxLength && tag.All(character => char.IsLetterOrDigit(character) || character is '-' or '_');

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = StoredTime.From(now);
        Version++;
    }
}
