namespace Platform.Application.Identity;

/// <summary>Passwords so common that attackers try them first; they are refused at registration.</summary>
public interface ICommonPasswordList
{
    bool Contains(string password);
}
