namespace Platform.Application.Projects.TransferOwnership;

internal sealed class TransferOwnershipValidator : AbstractValidator<TransferOwnershipCommand>
{
    public TransferOwnershipValidator()
    {
        RuleFor(command => command.ProjectId).NotEmpty();
        RuleFor(command => command.UserId).NotEmpty();
    }
}
