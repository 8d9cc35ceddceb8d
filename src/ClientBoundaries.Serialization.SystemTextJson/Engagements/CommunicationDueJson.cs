using System.Text.Json;
using ClientBoundaries.Communication;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;
using NodaTime;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A communication item due, in an assessment, by its kind: who owes it, since when, by when, the channel
/// and the message, and what the kind is about.
/// </summary>
/// <remarks>
/// <code>
/// {"kind": "recap-owed", "party": "Provider", "since": "...", "dueAt": "...", "channel": "Chat", "message": "...", "meeting": "kick-off", "followUps": ["Next steps"]}
/// {"kind": "check-in-missed", ..., "occurrence": "2026-03-09"}
/// {"kind": "feedback-due", ..., "point": "AfterOnboarding"}
/// {"kind": "follow-through-due", ..., "incident": "late-design"}
/// </code>
/// <para>Whether it is overdue is not written: it is whether the assessment's instant is past <c>dueAt</c>.</para>
/// </remarks>
internal static class CommunicationDueJson
{
    public static void Write(Utf8JsonWriter writer, CommunicationDue due)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", due.Kind);
        writer.WriteString("party", due.Party.Name);
        writer.Instant("since", due.Since);
        writer.Instant("dueAt", due.DueAt);
        writer.WriteString("channel", due.Channel.Name);
        writer.WriteString("message", due.Message);
        switch (due)
        {
            case CommunicationDue.RecapOwed recap:
                writer.WriteString("meeting", recap.Meeting.Value);
                MeetingJson.WriteTexts(writer, "followUps", recap.FollowUps);
                break;
            case CommunicationDue.CheckInMissed checkIn:
                writer.Date("occurrence", checkIn.Occurrence);
                break;
            case CommunicationDue.FeedbackDue feedback:
                writer.WriteString("point", feedback.Point.Name);
                break;
            case CommunicationDue.FollowThroughDue followThrough:
                writer.WriteString("incident", followThrough.Incident.Value);
                break;
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads an item of the assessment made at <paramref name="now"/>.</summary>
    public static CommunicationDue? Read(JsonField field, Instant now)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var kind = o.String("kind", 100);
        var party = Names.PartyRoles.Read(o, "party");
        var since = o.Instant("since");
        var dueAt = o.Instant("dueAt");
        var channel = Names.Channels.Read(o, "channel");
        var message = o.String("message");
        var common = party is not null && since is not null && dueAt is not null && channel is not null && message is not null;
        CommunicationDue? due = null;
        switch (kind)
        {
            case null:
                break;
            case "recap-owed":
                var meeting = KeyJson.Read(o, "meeting", v => new MeetingId(v));
                var followUps = MeetingJson.Texts(o, "followUps");
                due = common && meeting is not null && followUps is not null
                    ? new CommunicationDue.RecapOwed(meeting, followUps, party!, since!.Value, dueAt!.Value, now, channel!, new Sentence(message!))
                    : null;
                break;
            case "check-in-missed":
                var occurrence = o.DueDate("occurrence");
                due = common && occurrence is { } day
                    ? new CommunicationDue.CheckInMissed(day, party!, since!.Value, dueAt!.Value, now, channel!, new Sentence(message!))
                    : null;
                break;
            case "feedback-due":
                var point = Names.FeedbackPoints.Read(o, "point");
                due = common && point is not null
                    ? new CommunicationDue.FeedbackDue(point, party!, since!.Value, dueAt!.Value, now, channel!, new Sentence(message!))
                    : null;
                break;
            case "follow-through-due":
                var incident = KeyJson.Read(o, "incident", v => new IncidentId(v));
                due = common && incident is not null
                    ? new CommunicationDue.FollowThroughDue(incident, party!, since!.Value, dueAt!.Value, now, channel!, new Sentence(message!))
                    : null;
                break;
            default:
                o.Field.Session.Add(JsonPath.Property(o.Field.Path, "kind"), $"must be one of recap-owed, check-in-missed, feedback-due, follow-through-due, was {JsonField.Quote(kind)}");
                return null;
        }

        o.End();
        return due;
    }
}
