namespace Platform.Application.Identity.GetUser;

/// <summary>One account, for administrators.</summary>
public sealed record GetUserQuery(Guid Id) : IQuery<UserDetailsResponse>;
