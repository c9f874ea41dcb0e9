namespace Platform.Api.Modules.Identity;

/// <summary><c>POST /auth/reset-password</c>, the route Bukhindor's clients already call (seed 003): the same as <c>/password/forgot</c>.</summary>
internal static class RequestPasswordResetEndpoint
{
    public static RouteHandlerBuilder MapRequestPasswordReset(this IEndpointRouteBuilder group) =>
        ForgotPasswordEndpoint.MapAt(group, "/reset-password")
            .WithSummary("Ask for a password reset link by e-mail (the earlier route of /password/forgot)")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Deprecated = true;
                return Task.CompletedTask;
            })
            .WithName("RequestPasswordReset");
}
