using System;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// Engagement commands as JSON, for a CRM that queues what people ask of an engagement and decides it later
/// (<see cref="EngagementDecider.Decide"/>): one command per message.
/// </summary>
/// <remarks>
/// <para><b>A command</b> is a JSON object with its type, the schema version it was written in, the instant
/// it happened, its fields (named as its constructor's parameters, in camelCase) and, when it carries one,
/// the engagement version it was decided on:
/// <c>{"type": "hand-off", "schemaVersion": 1, "at": "2026-03-03T16:00:00Z", "stage": "discovery", "expectedVersion": 7}</c>.
/// An optional field with no value is left out. Values are written as in <see cref="EngagementEventJson"/>.</para>
/// <para><b>The type names</b> are the kebab case of the command's name; they never change:</para>
/// <list type="table">
/// <listheader><term>type</term><description>command and its fields besides <c>at</c> and <c>expectedVersion</c>?</description></listheader>
/// <item><term><c>propose</c></term><description><see cref="EngagementCommand.Propose"/>: <c>agreement</c></description></item>
/// <item><term><c>sign</c></term><description><see cref="EngagementCommand.Sign"/></description></item>
/// <item><term><c>receive-deposit</c></term><description><see cref="EngagementCommand.ReceiveDeposit"/>: <c>amount</c></description></item>
/// <item><term><c>schedule</c></term><description><see cref="EngagementCommand.Schedule"/>: <c>start</c></description></item>
/// <item><term><c>start-stage</c></term><description><see cref="EngagementCommand.StartStage"/>: <c>stage</c></description></item>
/// <item><term><c>submit-work</c></term><description><see cref="EngagementCommand.SubmitWork"/>: <c>stage</c>, <c>summary</c></description></item>
/// <item><term><c>hand-off</c></term><description><see cref="EngagementCommand.HandOff"/>: <c>stage</c>, <c>expectation</c>?, <c>dueBy</c>?</description></item>
/// <item><term><c>accept-stage</c></term><description><see cref="EngagementCommand.AcceptStage"/>: <c>stage</c></description></item>
/// <item><term><c>record-deemed-acceptance</c></term><description><see cref="EngagementCommand.RecordDeemedAcceptance"/>: <c>stage</c></description></item>
/// <item><term><c>request-revision</c></term><description><see cref="EngagementCommand.RequestRevision"/>: <c>stage</c>, <c>reason</c></description></item>
/// <item><term><c>log-effort</c></term><description><see cref="EngagementCommand.LogEffort"/>: <c>stage</c>, <c>party</c>, <c>hours</c>, <c>note</c>?</description></item>
/// <item><term><c>pause-work</c></term><description><see cref="EngagementCommand.PauseWork"/>: <c>causedBy</c>, <c>reason</c></description></item>
/// <item><term><c>resume-work</c></term><description><see cref="EngagementCommand.ResumeWork"/></description></item>
/// <item><term><c>complete</c></term><description><see cref="EngagementCommand.Complete"/></description></item>
/// <item><term><c>terminate</c></term><description><see cref="EngagementCommand.Terminate"/>: <c>by</c>, <c>reason</c></description></item>
/// <item><term><c>record-reminder-sent</c></term><description><see cref="EngagementCommand.RecordReminderSent"/>: <c>obligation</c>, <c>rule</c></description></item>
/// <item><term><c>apply-consequence</c></term><description><see cref="EngagementCommand.ApplyConsequence"/>: <c>obligation</c>, <c>rule</c></description></item>
/// <item><term><c>receive-payment</c></term><description><see cref="EngagementCommand.ReceivePayment"/>: <c>payment</c>, <c>amount</c></description></item>
/// <item><term><c>pay-owed</c></term><description><see cref="EngagementCommand.PayOwed"/>: <c>entry</c> (a ledger entry), <c>amount</c></description></item>
/// <item><term><c>settle-credit</c></term><description><see cref="EngagementCommand.SettleCredit"/>: <c>credit</c> and <c>against</c> (ledger entries), <c>amount</c></description></item>
/// <item><term><c>record-force-majeure</c></term><description><see cref="EngagementCommand.RecordForceMajeure"/>: <c>declaredBy</c>, <c>reason</c>, <c>from</c>, <c>until</c></description></item>
/// <item><term><c>request-change</c></term><description><see cref="EngagementCommand.RequestChange"/>: <c>request</c> (its <c>requestedAt</c> is the command's <c>at</c>)</description></item>
/// <item><term><c>propose-change-order</c></term><description><see cref="EngagementCommand.ProposeChangeOrder"/>: <c>changeOrder</c>, <c>price</c>?, <c>scheduleImpactBusinessDays</c>?</description></item>
/// <item><term><c>accept-change-order</c></term><description><see cref="EngagementCommand.AcceptChangeOrder"/>: <c>changeOrder</c></description></item>
/// <item><term><c>decline-change-order</c></term><description><see cref="EngagementCommand.DeclineChangeOrder"/>: <c>changeOrder</c>, <c>reason</c>?</description></item>
/// <item><term><c>proceed-while-priced</c></term><description><see cref="EngagementCommand.ProceedWhilePriced"/>: <c>changeOrder</c></description></item>
/// <item><term><c>absorb-change-order</c></term><description><see cref="EngagementCommand.AbsorbChangeOrder"/>: <c>changeOrder</c></description></item>
/// <item><term><c>book-meeting</c></term><description><see cref="EngagementCommand.BookMeeting"/>: <c>meetingId</c>, <c>start</c>, <c>agenda</c>, <c>length</c>?, <c>anotherAppointmentFollows</c></description></item>
/// <item><term><c>cancel-meeting</c></term><description><see cref="EngagementCommand.CancelMeeting"/>: <c>meetingId</c>, <c>reason</c></description></item>
/// <item><term><c>record-meeting-held</c></term><description><see cref="EngagementCommand.RecordMeetingHeld"/>: <c>meetingId</c>, <c>startedAt</c>, <c>endedAt</c>, <c>covered</c></description></item>
/// <item><term><c>record-recap-sent</c></term><description><see cref="EngagementCommand.RecordRecapSent"/>: <c>meetingId</c></description></item>
/// <item><term><c>record-check-in</c></term><description><see cref="EngagementCommand.RecordCheckIn"/>: <c>occurrence</c>, <c>missedBecause</c>?</description></item>
/// <item><term><c>request-feedback</c></term><description><see cref="EngagementCommand.RequestFeedback"/>: <c>point</c></description></item>
/// <item><term><c>receive-feedback</c></term><description><see cref="EngagementCommand.ReceiveFeedback"/>: <c>point</c>, <c>response</c></description></item>
/// <item><term><c>record-incident</c></term><description><see cref="EngagementCommand.RecordIncident"/>: <c>incidentId</c>, <c>whatHappened</c>, <c>impact</c>, <c>remedy</c>, <c>followThroughDue</c></description></item>
/// <item><term><c>record-follow-through</c></term><description><see cref="EngagementCommand.RecordFollowThrough"/>: <c>incidentId</c>, <c>whatWasDone</c></description></item>
/// <item><term><c>link-credit-to-incident</c></term><description><see cref="EngagementCommand.LinkCreditToIncident"/>: <c>incidentId</c>, <c>obligation</c>, <c>rule</c></description></item>
/// <item><term><c>record-message</c></term><description><see cref="EngagementCommand.RecordMessage"/>: <c>messageId</c>, <c>from</c>, <c>channel</c> (<c>at</c> is when it arrived)</description></item>
/// <item><term><c>record-reply</c></term><description><see cref="EngagementCommand.RecordReply"/>: <c>messageId</c> (<c>at</c> is when the reply was sent)</description></item>
/// </list>
/// <para><b>Versions and strictness</b> are those of <see cref="EngagementEventJson"/>: this package writes
/// <see cref="SchemaVersion"/> and reads every version up to it; a later version may only add command
/// types and optional fields; a newer version, an unknown type or property, or a value the command's
/// constructor refuses is a problem with its JSON path, all reported together. A command read is not
/// decided: <see cref="EngagementDecider.Decide"/> still says whether the engagement accepts it.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class EngagementCommandJson
{
    /// <summary>The schema version this package writes, and the newest it reads.</summary>
    public const int SchemaVersion = EngagementCommandTypes.SchemaVersion;

    private const string What = "engagement command";

    /// <summary>Writes a command: <c>{"type": "hand-off", "schemaVersion": 1, "at": ..., ...}</c>.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The command as compact JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is null.</exception>
    public static string Write(EngagementCommand command)
    {
        Preconditions.CheckNotNull(command, nameof(command));
        return JsonText.Write(command, EngagementCommandTypes.Types.Write);
    }

    /// <summary>Reads a command written by <see cref="Write"/>.</summary>
    /// <param name="json">The command as JSON text.</param>
    /// <returns>The command, as it was made (with the engagement version it expects, if any).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ClientBoundariesJsonException">The command cannot be read; <see cref="ClientBoundariesJsonException.Problems"/> lists every problem found, each with its JSON path.</exception>
    public static EngagementCommand Read(string json) => JsonDocumentReader.Read(json, What, EngagementCommandTypes.Types.Read);

    /// <summary>Reads a command given as UTF-8 bytes (a queue message's body).</summary>
    /// <param name="utf8Json">The command as UTF-8, without a byte order mark.</param>
    /// <returns>The command.</returns>
    /// <exception cref="ClientBoundariesJsonException">The command cannot be read; <see cref="ClientBoundariesJsonException.Problems"/> lists every problem found.</exception>
    public static EngagementCommand Read(ReadOnlyMemory<byte> utf8Json) => JsonDocumentReader.Read(utf8Json, What, EngagementCommandTypes.Types.Read);
}
