using System;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Communication;

/// <summary>
/// How a party prefers to be addressed: its preferred channel, short or detailed messages, the contact role a
/// matter goes to when it is escalated ("owner", "finance director"), and the language it is written to in.
/// </summary>
/// <remarks>
/// Learn it early and write it down: the agreement carries one per party
/// (<c>AgreementBuilder.WithPreferences</c>), and the builder checks that the preferred channel is
/// one the party accepts. Immutable and thread-safe; equal when every field is equal.
/// </remarks>
public sealed record CommunicationPreferences
{
    /// <summary>Email, short messages, no escalation contact named, English: what an agreement assumes until told.</summary>
    public static readonly CommunicationPreferences Default = new(Channel.Email, MessageLength.Short);

    /// <summary>Sets a party's preferences.</summary>
    /// <param name="preferredChannel">The channel it prefers; the party must accept it.</param>
    /// <param name="messageLength">Short or detailed messages.</param>
    /// <param name="escalationContact">The contact role an escalation goes to ("owner"); null when not named.</param>
    /// <param name="language">The language the party is written to in; English when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="preferredChannel"/> or <paramref name="messageLength"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="escalationContact"/> is blank.</exception>
    public CommunicationPreferences(Channel preferredChannel, MessageLength messageLength, string? escalationContact = null, Language? language = null)
    {
        PreferredChannel = Preconditions.CheckNotNull(preferredChannel, nameof(preferredChannel));
        MessageLength = Preconditions.CheckNotNull(messageLength, nameof(messageLength));
        EscalationContact = escalationContact is null ? null : Preconditions.CheckText(escalationContact, nameof(escalationContact));
        Language = language ?? Language.English;
    }

    /// <summary>The channel the party prefers.</summary>
    public Channel PreferredChannel { get; }

    /// <summary>Short or detailed messages.</summary>
    public MessageLength MessageLength { get; }

    /// <summary>The contact role an escalation goes to, or null when not named.</summary>
    public string? EscalationContact { get; }

    /// <summary>
    /// The language the party is written to in: what the library words for it (a reminder, a consequence's
    /// explanation, a notice) is in this language unless the host asks for another.
    /// </summary>
    public Language Language { get; }

    /// <summary>The preferences for logs: <c>Chat, Short, escalate to owner, Spanish</c>; the language only when not English.</summary>
    /// <returns>The preferences as text.</returns>
    public override string ToString() => Sentences.English("value.communication-preferences", new[] { Fact.Of("preferences", this) });
}
