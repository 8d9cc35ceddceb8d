using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Communication;

/// <summary>
/// A message from one party to the other that is owed a reply under the recipient's response
/// commitment: when it arrived, on which channel, by when the reply is owed, and how the reply went.
/// </summary>
/// <remarks>Found in <see cref="CommunicationLog.Messages"/>. Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed record TrackedMessage
{
    internal TrackedMessage(MessageId id, PartyRole from, Channel channel, Instant arrivedAt, Instant replyDueBy)
    {
        Id = id;
        From = from;
        Channel = channel;
        ArrivedAt = arrivedAt;
        ReplyDueBy = replyDueBy;
    }

    /// <summary>The message's id.</summary>
    public MessageId Id { get; }

    /// <summary>Who sent it.</summary>
    public PartyRole From { get; }

    /// <summary>Who owes the reply: the other party.</summary>
    public PartyRole To => From.Counterpart;

    /// <summary>The channel it came on.</summary>
    public Channel Channel { get; }

    /// <summary>When it arrived.</summary>
    public Instant ArrivedAt { get; }

    /// <summary>By when the reply is owed: the recipient's commitment on the channel, counted in its contact windows.</summary>
    public Instant ReplyDueBy { get; }

    /// <summary>How the reply went, once it was sent: when, whether it was late and by how much; null while none has been.</summary>
    public ReplyTiming? Reply { get; private set; }

    /// <summary>"menu-question: Client by Email at 2026-03-06T09:30:00Z, reply due 2026-03-09T09:30:00Z".</summary>
    /// <returns>The message as text.</returns>
    public override string ToString() =>
        $"{Id}: {From} by {Channel} at {ArrivedAt}, reply due {ReplyDueBy}" + (Reply is { } reply ? (reply.IsLate ? ", replied late" : ", replied") : string.Empty);

    /// <summary>
    /// The message with its reply recorded: a copy; with <paramref name="inPlace"/>, this very message, changed, for the
    /// fold that made it and reads nothing it made but its newest state (see <see cref="CommunicationLog.MadeMessageAt"/>).
    /// </summary>
    internal TrackedMessage RepliedAs(ReplyTiming reply, bool inPlace)
    {
        var message = inPlace ? this : this with { };
        message.Reply = reply;
        return message;
    }
}
