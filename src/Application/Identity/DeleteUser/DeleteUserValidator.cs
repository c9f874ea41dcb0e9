namespace Platform.Application.Identity.DeleteUser;

internal sealed class DeleteUserValidator : AbstractValidator<DeleteUserCommand>
{
    public DeleteUserValidator() => RuleFor(command => command.Id).NotEmpty();
}
