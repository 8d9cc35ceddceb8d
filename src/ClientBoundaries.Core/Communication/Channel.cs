using Ardalis.SmartEnum;

namespace ClientBoundaries.Communication;

/// <summary>A way the two sides reach each other: email, phone, video call, chat, in person, or the client portal.</summary>
/// <remarks>The numeric values are a persistence contract and never change. Immutable and thread-safe.</remarks>
public sealed class Channel : SmartEnum<Channel>
{
    /// <summary>Email: one subject per message, written to be searched later.</summary>
    public static readonly Channel Email = new(nameof(Email), 1);

    /// <summary>A phone call.</summary>
    public static readonly Channel Phone = new(nameof(Phone), 2);

    /// <summary>A booked video call.</summary>
    public static readonly Channel VideoCall = new(nameof(VideoCall), 3);

    /// <summary>Chat (Slack, Teams, WhatsApp ...): short questions, quick answers.</summary>
    public static readonly Channel Chat = new(nameof(Chat), 4);

    /// <summary>Meeting in person.</summary>
    public static readonly Channel InPerson = new(nameof(InPerson), 5);

    /// <summary>The project portal or living project document.</summary>
    public static readonly Channel Portal = new(nameof(Portal), 6);

    private Channel(string name, int value)
        : base(name, value)
    {
    }
}
