namespace Platform.Application.Workouts;

/// <summary>One set in a list of sets (a logged workout's).</summary>
internal sealed class SetInputValidator : AbstractValidator<SetInput>
{
    public SetInputValidator() => this.SetFields();
}
