using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// An engagement's events as JSON, to store them and read them back: the whole stream as one document
/// (<see cref="Write"/>, <see cref="Read(string)"/>), or one event per database row (<see cref="WriteEvent"/>,
/// <see cref="ReadEvent(string)"/>).
/// </summary>
/// <remarks>
/// <para><b>An event</b> is a JSON object with its type, the schema version it was written in, the instant
/// it happened, and its fields, named as its properties in camelCase:
/// <c>{"type": "handed-off", "schemaVersion": 1, "at": "2026-03-03T16:00:00Z", "stage": "discovery",
/// "from": "Provider", "to": "Client", "expectation": "Send all page copy", "dueBy": "2026-03-06"}</c>.
/// An optional field with no value is left out. Instants are ISO 8601 in UTC, dates ISO 8601, amounts of
/// money <c>{"amount": 1500.00, "currency": "EUR"}</c>, parties, channels and other named values by name
/// (<c>"Provider"</c>), keys and ids as their string.</para>
/// <para><b>A stream</b> is <c>{"schemaVersion": 1, "events": [event, event, ...]}</c>, in the order the events were appended.</para>
/// <para><b>The type names</b> are the events' stable kind names, kebab case of the record's name; they never change:</para>
/// <list type="table">
/// <listheader><term>type</term><description>event and its fields besides <c>at</c></description></listheader>
/// <item><term><c>proposed</c></term><description><see cref="EngagementEvent.Proposed"/>: <c>agreement</c> (the agreement format of <see cref="AgreementTemplate"/>)</description></item>
/// <item><term><c>signed</c></term><description><see cref="EngagementEvent.Signed"/></description></item>
/// <item><term><c>deposit-received</c></term><description><see cref="EngagementEvent.DepositReceived"/>: <c>amount</c></description></item>
/// <item><term><c>scheduled</c></term><description><see cref="EngagementEvent.Scheduled"/>: <c>plan</c> (<c>agreementId</c>, <c>agreementVersion</c>, <c>start</c>, <c>stages</c>, <c>handoffs</c>)</description></item>
/// <item><term><c>stage-started</c></term><description><see cref="EngagementEvent.StageStarted"/>: <c>stage</c></description></item>
/// <item><term><c>work-submitted</c></term><description><see cref="EngagementEvent.WorkSubmitted"/>: <c>stage</c>, <c>summary</c></description></item>
/// <item><term><c>handed-off</c></term><description><see cref="EngagementEvent.HandedOff"/>: <c>stage</c>, <c>from</c>, <c>to</c>, <c>expectation</c>, <c>dueBy</c>?</description></item>
/// <item><term><c>stage-accepted</c></term><description><see cref="EngagementEvent.StageAccepted"/>: <c>stage</c>, <c>by</c></description></item>
/// <item><term><c>stage-deemed-accepted</c></term><description><see cref="EngagementEvent.StageDeemedAccepted"/>: <c>stage</c>, <c>by</c>, <c>reason</c> (<c>MovedOn</c>, <c>WindowClosed</c>)</description></item>
/// <item><term><c>revision-requested</c></term><description><see cref="EngagementEvent.RevisionRequested"/>: <c>stage</c>, <c>by</c>, <c>reason</c>, <c>reopened</c></description></item>
/// <item><term><c>effort-logged</c></term><description><see cref="EngagementEvent.EffortLogged"/>: <c>stage</c>, <c>party</c>, <c>hours</c>, <c>note</c>?</description></item>
/// <item><term><c>paused</c></term><description><see cref="EngagementEvent.Paused"/>: <c>causedBy</c>, <c>reason</c></description></item>
/// <item><term><c>resumed</c></term><description><see cref="EngagementEvent.Resumed"/></description></item>
/// <item><term><c>completed</c></term><description><see cref="EngagementEvent.Completed"/></description></item>
/// <item><term><c>terminated</c></term><description><see cref="EngagementEvent.Terminated"/>: <c>by</c>, <c>reason</c></description></item>
/// <item><term><c>reminder-sent</c></term><description><see cref="EngagementEvent.ReminderSent"/>: <c>obligation</c>, <c>round</c>, <c>rule</c>, <c>to</c></description></item>
/// <item><term><c>consequence-applied</c></term><description><see cref="EngagementEvent.ConsequenceApplied"/>: <c>obligation</c>, <c>round</c>, <c>rule</c>, <c>party</c>, <c>amount</c>?, <c>dueSince</c></description></item>
/// <item><term><c>payment-received</c></term><description><see cref="EngagementEvent.PaymentReceived"/>: <c>payment</c> (an obligation), <c>amount</c></description></item>
/// <item><term><c>owed-paid</c></term><description><see cref="EngagementEvent.OwedPaid"/>: <c>entry</c> (a ledger entry: <c>kind</c>, and <c>obligation</c>, <c>round</c> and <c>rule</c>, or <c>changeOrder</c>, as the kind needs), <c>amount</c></description></item>
/// <item><term><c>credit-settled</c></term><description><see cref="EngagementEvent.CreditSettled"/>: <c>credit</c> and <c>against</c> (ledger entries), <c>amount</c></description></item>
/// <item><term><c>force-majeure-recorded</c></term><description><see cref="EngagementEvent.ForceMajeureRecorded"/>: <c>declaredBy</c>, <c>reason</c>, <c>from</c>, <c>until</c></description></item>
/// <item><term><c>change-requested</c></term><description><see cref="EngagementEvent.ChangeRequested"/>: <c>decision</c> (<c>kind</c>: <c>included</c>, <c>consumes-allowance</c>, <c>goodwill</c> or <c>out-of-scope</c>; <c>request</c>, <c>message</c> and the kind's fields)</description></item>
/// <item><term><c>change-order-proposed</c></term><description><see cref="EngagementEvent.ChangeOrderProposed"/>: <c>changeOrder</c>, <c>price</c>, <c>scheduleImpactBusinessDays</c>, <c>expiresAt</c></description></item>
/// <item><term><c>change-order-proceeding</c></term><description><see cref="EngagementEvent.ChangeOrderProceeding"/>: <c>changeOrder</c></description></item>
/// <item><term><c>change-order-declined</c></term><description><see cref="EngagementEvent.ChangeOrderDeclined"/>: <c>changeOrder</c>, <c>reason</c>?</description></item>
/// <item><term><c>change-order-accepted</c></term><description><see cref="EngagementEvent.ChangeOrderAccepted"/>: <c>amendment</c>, <c>absorbed</c></description></item>
/// <item><term><c>meeting-booked</c></term><description><see cref="EngagementEvent.MeetingBooked"/>: <c>meetingId</c>, <c>meeting</c> (<c>start</c>, <c>length</c>, <c>agenda</c>, <c>anotherAppointmentFollows</c>, <c>wrapUpCueAt</c>)</description></item>
/// <item><term><c>meeting-cancelled</c></term><description><see cref="EngagementEvent.MeetingCancelled"/>: <c>meetingId</c>, <c>reason</c></description></item>
/// <item><term><c>meeting-held</c></term><description><see cref="EngagementEvent.MeetingHeld"/>: <c>meetingId</c>, <c>held</c> (<c>meeting</c>, <c>startedAt</c>, <c>endedAt</c>, <c>covered</c>, <c>followUps</c>, <c>recapDueAt</c>)</description></item>
/// <item><term><c>recap-sent</c></term><description><see cref="EngagementEvent.RecapSent"/>: <c>meetingId</c></description></item>
/// <item><term><c>check-in-recorded</c></term><description><see cref="EngagementEvent.CheckInRecorded"/>: <c>occurrence</c>, <c>held</c>, <c>note</c>?</description></item>
/// <item><term><c>feedback-requested</c></term><description><see cref="EngagementEvent.FeedbackRequested"/>: <c>point</c></description></item>
/// <item><term><c>feedback-received</c></term><description><see cref="EngagementEvent.FeedbackReceived"/>: <c>point</c>, <c>response</c></description></item>
/// <item><term><c>incident-recorded</c></term><description><see cref="EngagementEvent.IncidentRecorded"/>: <c>incidentId</c>, <c>whatHappened</c>, <c>impact</c>, <c>remedy</c>, <c>followThroughDue</c></description></item>
/// <item><term><c>incident-followed-through</c></term><description><see cref="EngagementEvent.IncidentFollowedThrough"/>: <c>incidentId</c>, <c>whatWasDone</c></description></item>
/// <item><term><c>incident-credit-linked</c></term><description><see cref="EngagementEvent.IncidentCreditLinked"/>: <c>incidentId</c>, <c>obligation</c>, <c>round</c>, <c>rule</c></description></item>
/// <item><term><c>message-received</c></term><description><see cref="EngagementEvent.MessageReceived"/>: <c>messageId</c>, <c>from</c>, <c>channel</c>, <c>replyDueBy</c></description></item>
/// <item><term><c>reply-sent</c></term><description><see cref="EngagementEvent.ReplySent"/>: <c>messageId</c></description></item>
/// </list>
/// <para>(<c>?</c>: left out when there is none.) An obligation is <c>{"kind": "Stage", "stage": "design"}</c>
/// (kinds <c>Stage</c>, <c>MilestonePayment</c> with a <c>stage</c>, <c>Deposit</c>, <c>FinalPayment</c>, <c>Reply</c> with
/// a <c>message</c>); a rule is a consequence rule as in an agreement's policies.</para>
/// <para><b>Versions.</b> This package writes <see cref="SchemaVersion"/> and reads every version up to it.
/// A later version of the format may only add: new event types, and new optional fields whose absence
/// means what version 1 meant. It never renames, removes or changes the meaning of a field or a type
/// name. So a stream stored today stays readable by every later release, while a document written by a
/// later release is refused here with "written by a newer version" rather than read wrongly.</para>
/// <para><b>Strict, and never half-loaded.</b> A missing <c>schemaVersion</c> or <c>type</c>, an unknown type,
/// an unknown or repeated property, a wrong value, or a value the library's constructors refuse is a
/// problem with its JSON path (<c>$.events[7].dueBy</c>); every problem found is reported together in a
/// <see cref="ClientBoundariesJsonException"/>, and nothing is returned. Reading a stream also replays it
/// (<see cref="EngagementDecider.Replay"/>): an event out of time order, or one that does not fit the
/// engagement the events before it made (one <see cref="EngagementDecider.Decide"/> would not have produced
/// there), is a problem at that event. Documents larger than 16 MiB or nested deeper than 64 levels are
/// refused, and a stream holds at most 100,000 events.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// // One event per row: append what Decide accepted.
/// foreach (var e in decision.Events) { rows.Add(EngagementEventJson.WriteEvent(e)); }
///
/// // The whole stream as one document; reading it checks it replays.
/// string json = EngagementEventJson.Write(events);
/// IReadOnlyList&lt;EngagementEvent&gt; again = EngagementEventJson.Read(json);
/// EngagementState state = EngagementDecider.Replay(again);
/// </code>
/// </example>
public static class EngagementEventJson
{
    /// <summary>The schema version this package writes, and the newest it reads.</summary>
    public const int SchemaVersion = EngagementEventTypes.SchemaVersion;

    private const string Stream = "event stream";
    private const string Event = "engagement event";

    /// <summary>Writes a whole stream as one JSON document: <c>{"schemaVersion": 1, "events": [...]}</c>.</summary>
    /// <param name="events">The events, in the order they were appended.</param>
    /// <returns>The stream as compact JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="events"/> holds null.</exception>
    public static string Write(IEnumerable<EngagementEvent> events)
    {
        var list = Preconditions.CheckElementsNotNull(events, nameof(events));
        return JsonText.Write(list, WriteStream);
    }

    /// <summary>Reads a whole stream written by <see cref="Write"/>, and checks that it replays.</summary>
    /// <param name="json">The stream as JSON text.</param>
    /// <returns>The events, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ClientBoundariesJsonException">
    /// The stream cannot be read, or does not replay; <see cref="ClientBoundariesJsonException.Problems"/> lists
    /// every problem found, each with its JSON path.
    /// </exception>
    public static IReadOnlyList<EngagementEvent> Read(string json) => JsonDocumentReader.Read(json, Stream, ReadStream);

    /// <summary>Reads a whole stream given as UTF-8 bytes (a file, a database column, an HTTP body), and checks that it replays.</summary>
    /// <param name="utf8Json">The stream as UTF-8, without a byte order mark.</param>
    /// <returns>The events, in order.</returns>
    /// <exception cref="ClientBoundariesJsonException">The stream cannot be read, or does not replay; <see cref="ClientBoundariesJsonException.Problems"/> lists every problem found.</exception>
    public static IReadOnlyList<EngagementEvent> Read(ReadOnlyMemory<byte> utf8Json) => JsonDocumentReader.Read(utf8Json, Stream, ReadStream);

    /// <summary>Writes one event, to store one event per row: <c>{"type": "handed-off", "schemaVersion": 1, "at": ..., ...}</c>.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The event as compact JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public static string WriteEvent(EngagementEvent @event)
    {
        Preconditions.CheckNotNull(@event, nameof(@event));
        return JsonText.Write(@event, EngagementEventTypes.Types.Write);
    }

    /// <summary>
    /// Reads one event written by <see cref="WriteEvent"/>. One event alone cannot be replayed: read the
    /// rows of a stream, in order, and replay them (<see cref="EngagementDecider.Replay"/>), or store the
    /// stream whole to have it checked.
    /// </summary>
    /// <param name="json">The event as JSON text.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ClientBoundariesJsonException">The event cannot be read; <see cref="ClientBoundariesJsonException.Problems"/> lists every problem found.</exception>
    public static EngagementEvent ReadEvent(string json) => JsonDocumentReader.Read(json, Event, EngagementEventTypes.Types.Read);

    /// <summary>Reads one event given as UTF-8 bytes.</summary>
    /// <param name="utf8Json">The event as UTF-8, without a byte order mark.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ClientBoundariesJsonException">The event cannot be read; <see cref="ClientBoundariesJsonException.Problems"/> lists every problem found.</exception>
    public static EngagementEvent ReadEvent(ReadOnlyMemory<byte> utf8Json) => JsonDocumentReader.Read(utf8Json, Event, EngagementEventTypes.Types.Read);

    /// <summary>
    /// Reads the rows of one stream stored one event per row (each written by <see cref="WriteEvent"/>), in the
    /// order they were appended, and checks that together they replay, as <see cref="Read(string)"/> checks a
    /// whole stream: what a host that stores rows should call when it loads an engagement.
    /// </summary>
    /// <param name="rows">The stream's rows, oldest first.</param>
    /// <returns>The events, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null or holds null.</exception>
    /// <exception cref="ClientBoundariesJsonException">
    /// A row cannot be read, or the rows do not replay. Paths name the row as an item of the list: <c>$[7].stage</c>,
    /// or <c>$[7]</c> for a row that does not fit the engagement the rows before it made.
    /// </exception>
    public static IReadOnlyList<EngagementEvent> ReadEvents(IEnumerable<string> rows)
    {
        Preconditions.CheckNotNull(rows, nameof(rows));
        var session = new ReadSession();
        var events = new List<EngagementEvent>();
        var index = 0;
        foreach (var row in rows)
        {
            Preconditions.CheckArgument(row is not null, nameof(rows), $"Row {index.ToString(CultureInfo.InvariantCulture)} is null.");
            var rowPath = JsonPath.Root + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            try
            {
                events.Add(ReadEvent(row!));
            }
            catch (ClientBoundariesJsonException e)
            {
                foreach (var problem in e.Problems)
                {
                    session.Add(rowPath + problem.Path.Substring(JsonPath.Root.Length), problem.Message);
                }
            }

            if (session.IsFull)
            {
                break;
            }

            index++;
        }

        if (session.Problems.Count == 0)
        {
            Replays(events, new JsonField(default, JsonPath.Root, session));
        }

        return session.Problems.Count == 0
            ? new ReadOnlyCollection<EngagementEvent>(events)
            : throw new ClientBoundariesJsonException(Stream, session.Problems);
    }

    /// <summary>
    /// The stable type name an event is written with (<c>"handed-off"</c>), for a host that keeps it in a column
    /// of its own beside the JSON.
    /// </summary>
    /// <param name="event">The event.</param>
    /// <returns>Its type name, one of those listed above.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public static string TypeNameOf(EngagementEvent @event)
    {
        Preconditions.CheckNotNull(@event, nameof(@event));
        return EngagementEventTypes.Types.NameOf(@event);
    }

    internal static void WriteStream(Utf8JsonWriter writer, IReadOnlyList<EngagementEvent> events)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SchemaVersion);
        writer.WriteStartArray("events");
        foreach (var @event in events)
        {
            EngagementEventTypes.Types.Write(writer, @event);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    internal static IReadOnlyList<EngagementEvent>? ReadStream(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var version = o.Required("schemaVersion")?.AsInt32(1);
        if (version > SchemaVersion)
        {
            o.Field.Session.Add(
                JsonPath.Property(o.Field.Path, "schemaVersion"),
                $"was written by a newer version of the format (schema version {version.Value.ToString(CultureInfo.InvariantCulture)}); this version of ClientBoundaries.Serialization.SystemTextJson reads up to schema version {SchemaVersion.ToString(CultureInfo.InvariantCulture)}: update the package");
            return null;
        }

        var eventsField = o.Required("events");
        var events = eventsField?.AsArray(EngagementEventTypes.Types.Read);
        o.End();
        return version is not null && events is not null && Replays(events, eventsField!.Value)
            ? new ReadOnlyCollection<EngagementEvent>(events is IList<EngagementEvent> list ? list : new List<EngagementEvent>(events))
            : null;
    }

    /// <summary>Whether the events replay: each in time order, and each fitting the engagement the events before it made.</summary>
    private static bool Replays(IReadOnlyList<EngagementEvent> events, JsonField array)
    {
        // Only the newest state is read: the fold may change what it made for one event in place for the next.
        var owner = new NodeOwner();
        var state = EngagementState.Initial;
        for (var i = 0; i < events.Count; i++)
        {
            var @event = events[i];
            var path = array.Path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (state.LastEventAt is { } last && @event.At < last)
            {
                array.Session.Add(
                    JsonPath.Property(path, "at"),
                    $"must not be before the event before it ({NodaTimeForms.Format(last)}), was {NodaTimeForms.Format(@event.At)}: a stream holds its events in the order they happened");
                return false;
            }

            var kind = EngagementEventTypes.Types.NameOf(@event);
            if (@event is EngagementEvent.Scheduled scheduled && !DatesTheAgreement(scheduled.Plan, state, array.Session, path))
            {
                return false;
            }

            // Evolve is total: an event it cannot apply (one out of place, or one whose dates run past the end of the
            // calendar, which Decide never accepts) only comes back as not fitted. Should it ever throw on what a
            // stored row holds, that is this event's problem, reported at its path, never another exception.
            bool fitted;
            try
            {
                state = EngagementDecider.EvolveFitting(state, @event, owner, out fitted);
            }
            catch (Exception e) when (e is ArgumentException or OverflowException or InvalidOperationException)
            {
                array.Session.Add(path, $"does not replay: the \"{kind}\" event cannot be applied ({e.Message})");
                return false;
            }

            if (!fitted)
            {
                array.Session.Add(path, i == 0
                    ? $"does not replay: a stream starts with a \"proposed\" event, was \"{kind}\""
                    : $"does not replay: a \"{kind}\" event does not fit the engagement the events before it made ({state.Phase}, version {(state.Version - 1).ToString(CultureInfo.InvariantCulture)}); a stream holds only the events EngagementDecider.Decide produced, in the order they were appended");
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a plan dates the stages of the engagement's agreement, in its order and with its owners, as
    /// the scheduler's plans do. The decider checks the agreement, its version and the number of stages;
    /// a plan that dated other stages would leave each stage's progress dated by another stage's dates.
    /// </summary>
    private static bool DatesTheAgreement(Scheduling.Plan plan, EngagementState state, ReadSession session, string path)
    {
        if (state.Agreement is not { } agreement || agreement.Stages.Count != plan.Stages.Count)
        {
            return true;
        }

        for (var i = 0; i < plan.Stages.Count; i++)
        {
            var planned = plan.Stages[i];
            var stage = agreement.Stages[i];
            if (planned.Key != stage.Key || planned.Owner != stage.Owner)
            {
                session.Add(
                    path + ".plan.stages[" + i.ToString(CultureInfo.InvariantCulture) + "]",
                    $"does not replay: the plan dates stage '{planned.Key}' ({planned.Owner}) where the agreement has stage '{stage.Key}' ({stage.Owner})");
                return false;
            }
        }

        return true;
    }
}
