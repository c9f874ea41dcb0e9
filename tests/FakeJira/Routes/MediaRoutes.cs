namespace Platform.FakeJira.Routes;

/// <summary>Where an attachment's content URL redirects: the bytes, with <c>Range</c> honoured (206, 416), as Atlassian's media store serves them.</summary>
internal static class MediaRoutes
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/media/{id}", (JiraStore store, string id) => File(store, id));
        app.MapGet("/media/{id}/thumbnail", (JiraStore store, string id) => File(store, id));
    }

    private static IResult File(JiraStore store, string id) =>
        store.FindAttachment(id) is { } attachment
            ? Results.File(attachment.Content, attachment.MimeType, enableRangeProcessing: true)
            : Results.NotFound();
}
