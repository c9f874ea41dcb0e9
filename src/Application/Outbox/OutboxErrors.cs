namespace Platform.Application.Outbox;

public static class OutboxErrors
{
    public static readonly Error MessageNotFound = Error.NotFound("outbox_message_not_found", "No outbox message has this id.");

    public static readonly Error MessageNotDead =
        Error.Conflict("outbox_message_not_dead", "Only a dead message can be retried or discarded; this one is pending or was delivered.");
}
