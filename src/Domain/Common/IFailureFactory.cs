namespace Platform.Domain.Common;

/// <summary>Lets generic code (pipeline behaviors) build a failed result of a type it only knows as a parameter.</summary>
public interface IFailureFactory<out TSelf>
{
    static abstract TSelf Failure(Error error);

    static abstract TSelf Failure(RecordedRefusal refusal);
}
