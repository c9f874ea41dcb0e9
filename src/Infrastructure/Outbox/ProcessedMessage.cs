namespace Platform.Infrastructure.Outbox;

/// <summary>
/// That a consumer has had a message: written in the transaction of the consumer's effect, so a message delivered again
/// (a relay killed before it marked the message done) is skipped by the consumers that already have it.
/// </summary>
internal sealed class ProcessedMessage
{
    public const int ConsumerMaxLength = 200;

    public required string Consumer { get; init; }

    public required Guid MessageId { get; init; }

    public required DateTimeOffset ProcessedAt { get; init; }
}
