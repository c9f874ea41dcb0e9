namespace Platform.Application.Common.Security;

/// <summary>The authenticated caller of the current request, if any.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }
}
