namespace Platform.Application.Identity.ForgotPassword;

/// <summary>The one answer to every reset request, so it tells nothing about which addresses have accounts.</summary>
public sealed record ForgotPasswordResponse(string Message)
{
    public static readonly ForgotPasswordResponse Accepted =
        new("If an account uses this e-mail address, a link to choose a new password is on its way.");
}
