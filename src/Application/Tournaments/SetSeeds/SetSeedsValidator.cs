using Platform.Domain.Community.Brackets;

namespace Platform.Application.Tournaments.SetSeeds;

internal sealed class SetSeedsValidator : AbstractValidator<SetSeedsCommand>
{
    public SetSeedsValidator() =>
        RuleFor(command => command.EntryIds).NotNull().Must(ids => ids!.Count <= TournamentSettings.CapacityBounds.Max)
            .WithMessage($"At most {TournamentSettings.CapacityBounds.Max} entries.");
}
