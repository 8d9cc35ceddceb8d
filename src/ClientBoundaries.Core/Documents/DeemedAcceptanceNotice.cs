using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Documents;

/// <summary>
/// The sentence that says a stage is deemed accepted, and why, in one of four languages: for a host that records what
/// <see cref="Assessment.DeemedAcceptances"/> lists and tells the client so, or shows the provider what it recorded.
/// </summary>
/// <remarks>
/// <para>"\"Design draft\" is deemed accepted by Alder &amp; Finch Books: the time to accept it or ask for a revision
/// ended on Wednesday 18 March 2026." The stage is named by its title and the party by its name, both from the
/// agreement; the day is the window's last day (<see cref="DeemedAcceptanceDue.ClosesOn"/>, in the client's calendar), or,
/// for a party that moved on to the next stage or accepted later work built on the stage, the day it did so in its own calendar.</para>
/// <para>Plain text, like <see cref="DueConsequence.Explanation"/>: the stage's title is written as the agreement has it.
/// The output is deterministic and safe to produce from many threads at once.</para>
/// </remarks>
public static class DeemedAcceptanceNotice
{
    /// <summary>Words <paramref name="due"/> in <paramref name="language"/>.</summary>
    /// <param name="agreement">The engagement's agreement (<c>EngagementState.Agreement</c>): it names the stage and the parties.</param>
    /// <param name="due">The deemed acceptance, as an assessment lists it.</param>
    /// <param name="language">The language to write in: usually the client's (<c>agreement.PreferencesOf(due.By).Language</c>).</param>
    /// <returns>One sentence, ending with a full stop.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The agreement has no such stage: <paramref name="due"/> is of another engagement.</exception>
    public static string Write(Agreement agreement, DeemedAcceptanceDue due, Language language)
    {
        Preconditions.CheckNotNull(agreement, nameof(agreement));
        Preconditions.CheckNotNull(due, nameof(due));
        Preconditions.CheckNotNull(language, nameof(language));
        var stage = agreement.FindStage(due.Stage)
            ?? throw new ArgumentException($"The agreement {agreement.Id} has no stage '{due.Stage}': the deemed acceptance is of another engagement.", nameof(due));

        var words = Phrasebook.Of(language);
        var windowClosed = due.Reason == DeemedAcceptanceReason.WindowClosed;
        var day = windowClosed ? due.ClosesOn : due.At.InZone(agreement.CalendarOf(due.By).Zone).Date;
        return words.Say(
            windowClosed ? TextKey.DeemedAcceptedWindowClosed
            : due.Reason == DeemedAcceptanceReason.MovedOn ? TextKey.DeemedAcceptedMovedOn
            : TextKey.DeemedAcceptedWithLaterStage,
            words.Say(TextKey.StageQuoted, stage.Name),
            agreement.PartyOf(due.By).Name,
            words.DateWithWeekday(day));
    }
}
