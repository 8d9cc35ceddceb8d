namespace ClientBoundaries.Primitives;

/// <summary>
/// Who may change a <see cref="PersistentMap{TKey, TValue}"/> and its nodes, a <see cref="PersistentVector{T}"/> and its
/// tail, an <see cref="OpenPositions"/>, a <see cref="Communication.CommunicationLog"/> or an
/// <see cref="Engagements.EngagementState"/> in place: whoever made them under this owner, and a
/// <see cref="Communication.TrackedMessage"/> or <see cref="Communication.TrackedMeeting"/> the owner's log made. A replay makes one owner and passes it to every event, so that what it made for one event is
/// changed in place by the next rather than copied again: the state moves on in place, the conversation and one stage's
/// counters change in place, and what a milestone changes is copied into a new state that the fold then owns. What was
/// made without the owner is copied, as without one.
/// </summary>
/// <remarks>
/// <para>Changing a node in place changes every version that holds it. That is sound only while no version made under
/// the owner is read again except the newest: a replay keeps nothing but its newest state, and no code gets hold of the
/// owner after the replay (what it made keeps it only as a tag to compare with, and it is never handed out), so the
/// state it returns is immutable like any other. Nodes made without an owner, or under another one, are never
/// changed.</para>
/// <para>Not thread-safe: one owner belongs to one fold of events on one thread.</para>
/// </remarks>
internal sealed class NodeOwner
{
}
