using Platform.Domain.Tournaments;

namespace Platform.Application.Tournaments.ListEntries;

internal sealed class ListEntriesValidator : AbstractValidator<ListEntriesQuery>
{
    public ListEntriesValidator() =>
        RuleFor(query => query.Status).MaximumLength(16)
            .Must(status => status is null || TournamentNames.From<EntryStatus>(status) is not null)
            .WithErrorCode("entry_status_invalid").WithMessage("status is one of: pending, accepted, waitlisted, rejected, withdrawn.");
}
