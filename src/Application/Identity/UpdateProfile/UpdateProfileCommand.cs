using MapsterMapper;
using Platform.Application.Common;
using Platform.Domain.Identity;

namespace Platform.Application.Identity.UpdateProfile;

/// <summary>Changes the caller's own profile. A field that is absent or null stays as it is.</summary>
public sealed record UpdateProfileCommand(string? DisplayName, string? Locale, string? TimeZone, string? WeightUnit = null) : ICommand<ProfileResponse>
{
    /// <summary>The caller, set by the endpoint from the access token.</summary>
    public required Guid UserId { get; init; }
}

internal sealed class UpdateProfileHandler(IUserRepository users, TimeProvider clock, IMapper mapper)
    : IRequestHandler<UpdateProfileCommand, Result<ProfileResponse>>
{
    public async Task<Result<ProfileResponse>> Handle(UpdateProfileCommand request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId, cancellationToken);
        if (user is null)
        {
            return IdentityErrors.UserNotFound;
        }

        var displayName = request.DisplayName is null ? null : DisplayName.Create(request.DisplayName);
        if (displayName is { IsSuccess: false })
        {
            return displayName.Error;
        }

        var updated = user.UpdateProfile(displayName?.Value, request.Locale, request.TimeZone, WeightUnitNames.From(request.WeightUnit), clock.GetUtcNow());
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }

        return mapper.Map<ProfileResponse>(user);
    }
}
