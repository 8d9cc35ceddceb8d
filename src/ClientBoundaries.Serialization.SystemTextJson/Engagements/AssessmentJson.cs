using System.Collections.Generic;
using System.Text.Json;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson.Reading;
using ClientBoundaries.Serialization.SystemTextJson.Writing;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// An assessment (<see cref="Assessor.Assess"/>): the instant, the agreement, the phase, who holds the
/// ball, where every obligation stands, and the reminders, consequences and communication items due.
/// Lossless: the assessment read back equals the one written.
/// </summary>
/// <remarks>
/// <code>
/// {"at": "2026-03-11T08:30:00Z", "agreementId": "acme-website", "phase": "Active",
///  "ball": {"party": "Client", "since": "2026-03-04T09:00:00Z", "stage": "content", "expectation": "...",
///           "dueBy": "2026-03-06", "dueAt": "2026-03-06T10:00:00Z"},
///  "obligations": [{"obligation": {"kind": "Stage", "stage": "content"}, "party": "Client", "timeliness": "Overdue",
///                   "due": "2026-03-06", "dueAt": "2026-03-06T10:00:00Z", "businessDaysLate": 3, "round": 0}, ...],
///  "reminders": [{due consequence}], "consequences": [{due consequence}],
///  "communication": [{"kind": "check-in-missed", ...}],
///  "deemedAcceptances": [{"stage": "launch", "by": "Client", "reason": "WindowClosed", "closesOn": "2026-06-16", "at": "2026-06-16T16:00:00Z"}]}
/// </code>
/// <para><c>agreementId</c> and <c>ball</c> are left out when there is none, <c>deemedAcceptances</c> when it is empty
/// (an assessment written before acceptance windows existed reads with none), as are a standing's and the
/// ball's due date and instant (given together or not at all). What the assessment derives is not
/// written: <c>HasAnythingDue</c>, a due consequence's <c>Kind</c> and <c>Level</c> (from its rule), and a
/// communication item's <c>IsOverdue</c> (whether <c>at</c> is past its <c>dueAt</c>).</para>
/// <para>An assessment read is one the assessor could have made: reminders only of reminder rules and
/// consequences only of the others (see <see cref="DueConsequenceJson"/>), a number of business days
/// late only for a late standing, rounds not negative.</para>
/// </remarks>
internal static class AssessmentJson
{
    public static void Write(Utf8JsonWriter writer, Assessment assessment)
    {
        writer.WriteStartObject();
        writer.Instant("at", assessment.At);
        writer.OptionalString("agreementId", assessment.AgreementId?.Value);
        writer.WriteString("phase", assessment.Phase.Name);
        if (assessment.Ball is { } ball)
        {
            writer.WritePropertyName("ball");
            WriteBall(writer, ball);
        }

        writer.WriteStartArray("obligations");
        foreach (var standing in assessment.Obligations)
        {
            WriteStanding(writer, standing);
        }

        writer.WriteEndArray();
        WriteAll(writer, "reminders", assessment.Reminders);
        WriteAll(writer, "consequences", assessment.Consequences);
        writer.WriteStartArray("communication");
        foreach (var due in assessment.Communication)
        {
            CommunicationDueJson.Write(writer, due);
        }

        writer.WriteEndArray();
        if (assessment.DeemedAcceptances.Count > 0)
        {
            writer.WriteStartArray("deemedAcceptances");
            foreach (var deemed in assessment.DeemedAcceptances)
            {
                writer.WriteStartObject();
                writer.WriteString("stage", deemed.Stage.Value);
                writer.WriteString("by", deemed.By.Name);
                writer.WriteString("reason", deemed.Reason.Name);
                writer.Date("closesOn", deemed.ClosesOn);
                writer.Instant("at", deemed.At);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    public static Assessment? Read(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var at = o.Instant("at");
        var agreementId = KeyJson.ReadOptional(o, "agreementId", v => new AgreementId(v));
        var phase = Names.EngagementPhases.Read(o, "phase");
        var ball = o.OptionalObject("ball", ReadBall, out var ballFailed);
        var obligations = o.Array("obligations", ReadStanding);
        var reminders = o.Array("reminders", f => DueConsequenceJson.Read(f, reminder: true));
        var consequences = o.Array("consequences", f => DueConsequenceJson.Read(f, reminder: false));

        // Whether a communication item is overdue is read from the assessment's instant, as the assessor decides it. Without
        // the instant the items are held back, but asked for, so a wrong "at" is not also reported as an unknown property.
        var communication = at is { } now ? o.Array("communication", f => CommunicationDueJson.Read(f, now)) : null;
        if (at is null)
        {
            _ = o.Optional("communication");
        }
        var deemed = o.OptionalArray("deemedAcceptances", ReadDeemed);
        o.End();
        if (at is not { } a || (o.Has("agreementId") && agreementId is null) || phase is null || ballFailed
            || obligations is null || reminders is null || consequences is null || communication is null || deemed is null)
        {
            return null;
        }

        return new Assessment(a, agreementId, phase, ball, obligations, reminders, consequences, communication, deemed);
    }

    private static DeemedAcceptanceDue? ReadDeemed(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var stage = KeyJson.Read(o, "stage", v => new StageKey(v));
        var by = Names.PartyRoles.Read(o, "by");
        var reason = Names.DeemedAcceptanceReasons.Read(o, "reason");
        var closesOn = o.Date("closesOn");
        var at = o.Instant("at");
        o.End();
        return stage is not null && by is not null && reason is not null && closesOn is { } day && at is { } a
            ? new DeemedAcceptanceDue(stage, by, reason, day, a)
            : null;
    }

    private static void WriteAll(Utf8JsonWriter writer, string name, IReadOnlyList<DueConsequence> items)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            DueConsequenceJson.Write(writer, item);
        }

        writer.WriteEndArray();
    }

    private static void WriteBall(Utf8JsonWriter writer, BallHolder ball)
    {
        writer.WriteStartObject();
        writer.WriteString("party", ball.Party.Name);
        writer.Instant("since", ball.Since);
        writer.WriteString("stage", ball.Stage.Value);
        writer.WriteString("expectation", ball.Expectation);
        if (ball.DueBy is { } dueBy)
        {
            writer.Date("dueBy", dueBy);
        }

        if (ball.DueAt is { } dueAt)
        {
            writer.Instant("dueAt", dueAt);
        }

        writer.WriteEndObject();
    }

    private static BallHolder? ReadBall(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var party = Names.PartyRoles.Read(o, "party");
        var since = o.Instant("since");
        var stage = KeyJson.Read(o, "stage", v => new StageKey(v));
        var expectation = o.String("expectation");
        var dueBy = o.OptionalDueDate("dueBy");
        var dueAt = o.OptionalInstant("dueAt");
        o.End();
        if (party is null || since is not { } s || stage is null || expectation is null
            || (o.Has("dueBy") && dueBy is null) || (o.Has("dueAt") && dueAt is null) || !Together(o, "dueBy", "dueAt"))
        {
            return null;
        }

        return new BallHolder(party, s, stage, expectation, dueBy, dueAt);
    }

    private static void WriteStanding(Utf8JsonWriter writer, ObligationStanding standing)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("obligation");
        ObligationKeyJson.Write(writer, standing.Obligation);
        writer.WriteString("party", standing.Party.Name);
        writer.WriteString("timeliness", standing.Timeliness.Name);
        if (standing.Due is { } due)
        {
            writer.Date("due", due);
        }

        if (standing.DueAt is { } dueAt)
        {
            writer.Instant("dueAt", dueAt);
        }

        writer.WriteNumber("businessDaysLate", standing.BusinessDaysLate);
        writer.WriteNumber("round", standing.Round);
        writer.WriteEndObject();
    }

    private static ObligationStanding? ReadStanding(JsonField field)
    {
        if (field.AsObject() is not { } o)
        {
            return null;
        }

        var obligation = o.Object("obligation", ObligationKeyJson.Read);
        var party = Names.PartyRoles.Read(o, "party");
        var timeliness = Names.Timelinesses.Read(o, "timeliness");
        var due = o.OptionalDueDate("due");
        var dueAt = o.OptionalInstant("dueAt");
        var late = o.Int32("businessDaysLate", 0);
        var round = o.Int32("round", 0);
        o.End();
        if (obligation is null || party is null || timeliness is null || (o.Has("due") && due is null) || (o.Has("dueAt") && dueAt is null)
            || late is not { } days || round is not { } r || !Together(o, "due", "dueAt"))
        {
            return null;
        }

        if (days != 0 && !timeliness.IsLate)
        {
            o.Field.Session.Add(JsonPath.Property(o.Field.Path, "businessDaysLate"), $"must be 0 for a standing that is {timeliness.Name} (only Overdue and DoneLate are late), was {days}");
            return null;
        }

        return new ObligationStanding(obligation, party, timeliness, due, dueAt, days, r);
    }

    /// <summary>Whether a due date and its instant are given together or not at all; a problem at the one missing otherwise.</summary>
    private static bool Together(ObjectReader o, string date, string instant)
    {
        if (o.Has(date) == o.Has(instant))
        {
            return true;
        }

        var (missing, given) = o.Has(date) ? (instant, date) : (date, instant);
        o.Field.Session.Add(JsonPath.Property(o.Field.Path, missing), $"is required with {given}");
        return false;
    }
}
