using System.Collections.Generic;
using System.Text.Json;
using ClientBoundaries.Communication;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// A meeting as held: <c>{"meeting": {meeting}, "startedAt": "...", "endedAt": "...", "covered": ["Goals"],
/// "followUps": ["Next steps"], "recapDueAt": "..."}</c>. What was covered and the follow-ups are the
/// agenda's items, each in one of the two lists, in the agenda's order.
/// </summary>
internal static class HeldMeetingJson
{
    public static void Write(Utf8JsonWriter writer, HeldMeeting held)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("meeting");
        MeetingJson.Write(writer, held.Meeting);
        writer.Instant("startedAt", held.StartedAt);
        writer.Instant("endedAt", held.EndedAt);
        MeetingJson.WriteTexts(writer, "covered", held.Covered);
        MeetingJson.WriteTexts(writer, "followUps", held.FollowUps);
        writer.Instant("recapDueAt", held.RecapDueAt);
        writer.WriteEndObject();
    }

    public static HeldMeeting? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var meeting = o.Object("meeting", MeetingJson.Read);
        var startedAt = o.Instant("startedAt");
        var endedAt = o.Instant("endedAt");
        var covered = MeetingJson.Texts(o, "covered");
        var followUps = MeetingJson.Texts(o, "followUps");
        var recapDueAt = o.Instant("recapDueAt");
        o.End();
        if (meeting is null || startedAt is not { } started || endedAt is not { } ended || covered is null || followUps is null || recapDueAt is not { } recap)
        {
            return null;
        }

        if (ended <= started)
        {
            o.Field.Session.Add(JsonPath.Property(o.Field.Path, "endedAt"), $"must be after startedAt ({NodaTimeForms.Format(started)}), was {NodaTimeForms.Format(ended)}");
            return null;
        }

        if (!SplitsTheAgenda(meeting.Agenda, covered, followUps))
        {
            o.Field.Problem("covered and followUps must together be the meeting's agenda, each item in one of them, in the agenda's order");
            return null;
        }

        return new HeldMeeting(meeting, started, ended, covered, followUps, recap);
    }

    private static bool SplitsTheAgenda(IReadOnlyList<string> agenda, IReadOnlyList<string> covered, IReadOnlyList<string> followUps)
    {
        if (covered.Count + followUps.Count != agenda.Count)
        {
            return false;
        }

        int c = 0, f = 0;
        foreach (var item in agenda)
        {
            if (c < covered.Count && string.Equals(covered[c], item, System.StringComparison.Ordinal))
            {
                c++;
            }
            else if (f < followUps.Count && string.Equals(followUps[f], item, System.StringComparison.Ordinal))
            {
                f++;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
