namespace Platform.Application.Common.Mail;

/// <summary>A mail to one recipient, in plain text and in HTML (clients show whichever they prefer).</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string HtmlBody);
