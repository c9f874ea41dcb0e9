using Platform.Domain.Community;

namespace Platform.Domain.Teams;

/// <summary>
/// A team of one sport in one city, readable by every signed-in user. It has exactly one captain (at first its
/// creator), who edits it, decides applications and removes members; members may leave, the captain only after handing
/// the captaincy over. Its name is unique within its sport whatever the case. Every change raises its <see cref="TeamEvent"/>.
/// </summary>
public sealed class Team : AggregateRoot
{
    public const int NameMaxLength = 100;
    public const int DefaultRosterLimit = 25;
    public const int MaxRosterLimit = 100;

    private readonly List<TeamMember> _members = [];

    private Team(Guid id, Guid captainId, DateTimeOffset createdAt)
    {
        Id = id;
        CaptainId = captainId;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Guid Id { get; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The name as uniqueness compares it (trimmed, upper case): "Dynamo" and "dynamo " are one name.</summary>
    public string NameKey { get; private set; } = string.Empty;

    public string Sport { get; private set; } = string.Empty;

    public string City { get; private set; } = string.Empty;

    /// <summary>The city as filters compare it (trimmed, upper case).</summary>
    public string CityKey { get; private set; } = string.Empty;

    /// <summary>Whether the team takes applications.</summary>
    public bool Recruiting { get; private set; }

    /// <summary>The most members the team holds, its captain included (1 to <see cref="MaxRosterLimit"/>).</summary>
    public int RosterLimit { get; private set; }

    public Guid CaptainId { get; private set; }

    public IReadOnlyList<TeamMember> Members => _members;

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Goes up by one with every change: the entity tag clients send back in <c>If-Match</c>, and the optimistic lock.</summary>
    public long Version { get; private set; } = 1;

    public bool IsAtVersion(long version) => Version == version;

    public bool IsCaptain(Guid userId) => CaptainId == userId;

    public bool HasMember(Guid userId) => _members.Exists(member => member.UserId == userId);

    public bool IsFull => _members.Count >= RosterLimit;

    /// <summary>A new team whose creator is its captain and first member.</summary>
    public static Result<Team> Create(Guid captainId, TeamDetails details, DateTimeOffset now)
    {
        if (captainId == Guid.Empty)
        {
            throw new ArgumentException("A team needs a captain.", nameof(captainId));
        }

        var createdAt = StoredTime.From(now);
        var team = new Team(Guid.CreateVersion7(now), captainId, createdAt);
        var set = team.SetDetails(details, memberCount: 1);
        if (!set.IsSuccess)
        {
            return set.Error;
        }

        team._members.Add(TeamMember.Join(captainId, createdAt));
        team.Raise(new TeamCreated(team.Id, captainId));
        return team;
    }

    /// <summary>Replaces name, sport, city, recruiting and roster limit; the captain only. The limit cannot fall below the roster.</summary>
    public Result<Team> Update(Guid actorId, TeamDetails details, DateTimeOffset now)
    {
        if (!IsCaptain(actorId))
        {
            return TeamsErrors.PermissionDenied;
        }

        var set = SetDetails(details, _members.Count);
        if (!set.IsSuccess)
        {
            return set.Error;
        }

        Touch(now);
        Raise(new TeamUpdated(Id, actorId));
        return this;
    }

    /// <summary>Hands the captaincy to another member; the former captain stays as a member.</summary>
    public Result<Team> HandOverCaptaincy(Guid actorId, Guid newCaptainId, DateTimeOffset now)
    {
        if (!IsCaptain(actorId))
        {
            return TeamsErrors.PermissionDenied;
        }

        if (!HasMember(newCaptainId))
        {
            return TeamsErrors.MemberNotFound;
        }

        if (newCaptainId == actorId)
        {
            return this;
        }

        CaptainId = newCaptainId;
        Touch(now);
        Raise(new TeamCaptainChanged(Id, actorId, newCaptainId));
        return this;
    }

    /// <summary>Adds an accepted applicant; refused when the roster is full or they are already in.</summary>
    public Result<TeamMember> Admit(Guid userId, DateTimeOffset now)
    {
        if (HasMember(userId))
        {
            return TeamsErrors.AlreadyMember;
        }

        if (IsFull)
        {
            return TeamsErrors.RosterFull;
        }

        var member = TeamMember.Join(userId, StoredTime.From(now));
        _members.Add(member);
        Touch(now);
        Raise(new TeamMemberJoined(Id, userId));
        return member;
    }

    /// <summary>The captain removes a member, or a member leaves; the captain leaves only after handing over.</summary>
    public Result<TeamMember> RemoveMember(Guid actorId, Guid userId, DateTimeOffset now)
    {
        if (actorId != userId && !IsCaptain(actorId))
        {
            return TeamsErrors.PermissionDenied;
        }

        var member = _members.Find(candidate => candidate.UserId == userId);
        if (member is null)
        {
            return TeamsErrors.MemberNotFound;
        }

        if (IsCaptain(userId))
        {
            return TeamsErrors.CaptainMustHandOver;
        }

        _members.Remove(member);
        Touch(now);
        Raise(new TeamMemberLeft(Id, actorId, userId));
        return member;
    }

    /// <summary>Records the team's deletion, which only the captain may ask for; its repository then removes it.</summary>
    public Result<Team> Delete(Guid actorId)
    {
        if (!IsCaptain(actorId))
        {
            return TeamsErrors.PermissionDenied;
        }

        Raise(new TeamDeleted(Id, actorId, _members.Select(member => member.UserId).ToList()));
        return this;
    }

    private Result<Team> SetDetails(TeamDetails details, int memberCount)
    {
        var name = CommunityText.Clean(details.Name, NameMaxLength);
        if (name is null)
        {
            return TeamsErrors.NameInvalid;
        }

        if (!Sports.IsKnown(details.Sport))
        {
            return TeamsErrors.SportUnknown;
        }

        var city = CommunityText.Clean(details.City, CommunityText.CityMaxLength);
        if (city is null)
        {
            return TeamsErrors.CityInvalid;
        }

        var limit = details.RosterLimit ?? DefaultRosterLimit;
        if (limit is < 1 or > MaxRosterLimit)
        {
            return TeamsErrors.RosterLimitInvalid;
        }

        if (limit < memberCount)
        {
            return TeamsErrors.RosterLimitBelowRoster;
        }

        Name = name;
        NameKey = CommunityText.KeyOf(name);
        Sport = details.Sport!;
        City = city;
        CityKey = CommunityText.KeyOf(city);
        Recruiting = details.Recruiting;
        RosterLimit = limit;
        return this;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = StoredTime.From(now);
        Version++;
    }
}
