using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// What an agreement says about one party, as its JSON groups it: the party itself (name, calendar) and
/// the terms the agreement keeps per party (restart lead time, consequences, contact, preferences).
/// </summary>
internal sealed record PartyTerms(
    string Name,
    BusinessCalendar Calendar,
    int RestartLeadTimeBusinessDays,
    ConsequencePolicy ConsequencePolicy,
    ContactPolicy ContactPolicy,
    CommunicationPreferences Preferences);
