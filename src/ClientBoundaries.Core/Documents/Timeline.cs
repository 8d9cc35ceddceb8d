using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using NodaTime;

namespace ClientBoundaries.Documents;

/// <summary>
/// The timeline of an agreement: a Mermaid <c>gantt</c> chart to paste into Markdown (GitHub, Azure
/// DevOps, Notion ...) and a standalone SVG picture that opens in any browser, of a plan alone or of a
/// running engagement's plan against what actually happened, coloured by the party whose stage it is.
/// </summary>
/// <remarks>
/// <para>Both drawings come from the same bars, so they always agree, and an engagement's bars come from
/// the plan the status report and the calendar export date it by, so the pictures agree with the tables.
/// A planned bar runs from a stage's first business day to its due date, both included. An actual bar
/// runs from the stage's first business day once the ball reached its owner (as the plan dates it: not
/// the evening the ball arrived, nor a day of a restart lead time or of a closure) to the day the owner
/// handed it off (or, while the stage is open, to "as of", or to the termination of an engagement that
/// was ended early), in the owner's local dates. A stage reopened for a revision has an actual bar for
/// every stretch it was open, and so has the stage after it when the revision cut its stretch short.
/// Each stage not done yet also shows the start and due date it has now, as the status report's "what
/// comes next" gives them (none for an open stage past its due date, which the report lists as late).
/// A pause runs in the local dates of the party that caused it. Each party's holidays and closures in
/// the charted period are drawn, behind the rows of its own stages, so a closure does not read as a delay.</para>
/// <para>The provider's bars are blue, the client's orange, an engagement's original plan grey: a pair
/// that stays apart for colour-blind readers. A plan alone is coloured by owner in the same way.</para>
/// <para>The output is deterministic: the same arguments give the same text, character for character,
/// on every machine, with "\n" line endings. The library reads no clock: "today" is the moment you
/// pass. Stateless and thread-safe.</para>
/// </remarks>
public static class Timeline
{
    /// <summary>
    /// A Mermaid <c>gantt</c> chart of a plan: one bar per stage, from its start to its due date,
    /// labelled with the stage's number and name ("1. Discovery call"), in a section per party in its
    /// colour; then each party's days off in the plan's period.
    /// </summary>
    /// <param name="agreement">The agreement the plan dates; its title and stage names label the chart.</param>
    /// <param name="plan">The plan, from <see cref="Scheduler.Plan"/> or <see cref="Scheduler.Replan"/>.</param>
    /// <param name="language">The language of the title and the section names.</param>
    /// <returns>The chart's Mermaid source, starting with an <c>%%{init}%%</c> directive that sets its colours; deterministic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/>, <paramref name="plan"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="plan"/> dates another agreement than <paramref name="agreement"/>.</exception>
    public static string ToMermaid(Agreement agreement, Plan plan, Language language) =>
        TimelineMermaid.Draw(BarsOf(agreement, plan, language));

    /// <summary>
    /// A Mermaid <c>gantt</c> chart of an engagement as of a moment: the original plan (its baseline)
    /// in grey, then what actually happened, in sections named after the party that held the ball
    /// (provider's bars blue, client's orange), the dates the stages not done yet have now, the pauses,
    /// each party's days off, and a "today" milestone.
    /// </summary>
    /// <param name="engagement">The engagement's state, once it is scheduled.</param>
    /// <param name="asOf">"Today": open stages and pauses end here (or at the termination, for an engagement ended before it), and anything that began after it is left out.</param>
    /// <param name="language">The language of the title and the section names.</param>
    /// <returns>The chart's Mermaid source, starting with an <c>%%{init}%%</c> directive that sets its colours; deterministic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engagement"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="engagement"/> has no agreement or no plan yet (it is not scheduled).</exception>
    public static string ToMermaid(EngagementState engagement, Instant asOf, Language language) =>
        TimelineMermaid.Draw(BarsOf(engagement, asOf, language));

    /// <summary>
    /// A standalone SVG picture of a plan: a date axis with month names and week ticks, one row per
    /// stage with its planned bar in its owner's colour, each owner's days off shaded behind its rows,
    /// and a legend. It needs no script, stylesheet or font, and is as wide as its texts need.
    /// </summary>
    /// <param name="agreement">The agreement the plan dates; its title and stage names label the picture.</param>
    /// <param name="plan">The plan, from <see cref="Scheduler.Plan"/> or <see cref="Scheduler.Replan"/>.</param>
    /// <param name="language">The language of the texts and the month names.</param>
    /// <returns>The SVG document (an <c>&lt;svg&gt;</c> element in the SVG namespace, with its size set); deterministic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/>, <paramref name="plan"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="plan"/> dates another agreement than <paramref name="agreement"/>.</exception>
    public static string ToSvg(Agreement agreement, Plan plan, Language language) =>
        TimelineSvg.Draw(BarsOf(agreement, plan, language));

    /// <summary>
    /// A standalone SVG picture of an engagement as of a moment: per stage, the baseline bar in grey
    /// and below it the actual bars coloured by the party that held the ball, with the dates a stage not
    /// done yet has now as a dashed outline; each owner's days off shaded behind its rows; a row of
    /// pauses; a dashed "today" line; a legend. It needs no script, stylesheet or font, and is as wide
    /// as its texts need.
    /// </summary>
    /// <param name="engagement">The engagement's state, once it is scheduled.</param>
    /// <param name="asOf">"Today": open stages and pauses end here (or at the termination, for an engagement ended before it), and anything that began after it is left out.</param>
    /// <param name="language">The language of the texts and the month names.</param>
    /// <returns>The SVG document (an <c>&lt;svg&gt;</c> element in the SVG namespace, with its size set); deterministic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engagement"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="engagement"/> has no agreement or no plan yet (it is not scheduled).</exception>
    public static string ToSvg(EngagementState engagement, Instant asOf, Language language) =>
        TimelineSvg.Draw(BarsOf(engagement, asOf, language));

    private static TimelineBars BarsOf(Agreement agreement, Plan plan, Language language)
    {
        Preconditions.CheckNotNull(agreement, nameof(agreement));
        Preconditions.CheckNotNull(plan, nameof(plan));
        Preconditions.CheckNotNull(language, nameof(language));
        DocumentPreconditions.CheckPlanOf(agreement, plan);
        return TimelineBars.OfPlan(agreement, plan, language);
    }

    private static TimelineBars BarsOf(EngagementState engagement, Instant asOf, Language language)
    {
        Preconditions.CheckNotNull(engagement, nameof(engagement));
        Preconditions.CheckNotNull(language, nameof(language));
        var (agreement, _) = DocumentPreconditions.Scheduled(engagement);
        return TimelineBars.OfEngagement(agreement, engagement, asOf, language);
    }
}
