namespace Platform.Application.Identity.RefreshSession;

internal sealed class RefreshSessionValidator : AbstractValidator<RefreshSessionCommand>
{
    /// <summary>Issued tokens are 43 characters; anything far longer is not one of ours.</summary>
    private const int MaxTokenLength = 128;

    public RefreshSessionValidator()
    {
        RuleFor(command => command.RefreshToken).NotEmpty().MaximumLength(MaxTokenLength);
        RuleFor(command => command.Device).NotNull();
    }
}
