using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Consequences;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scope;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>Every SmartEnum the documents use, written and read by its <c>Name</c>.</summary>
internal static class Names
{
    public static readonly NameTable<PartyRole> PartyRoles = new(PartyRole.Provider, PartyRole.Client);

    public static readonly NameTable<AgreementStatus> AgreementStatuses = new(AgreementStatus.Proposed, AgreementStatus.Signed, AgreementStatus.DepositReceived);

    public static readonly NameTable<HolidayObservance> HolidayObservances = new(HolidayObservance.None, HolidayObservance.NearestWorkingDay, HolidayObservance.NextWorkingDay);

    public static readonly NameTable<Channel> Channels = new(Channel.Email, Channel.Phone, Channel.VideoCall, Channel.Chat, Channel.InPerson, Channel.Portal);

    public static readonly NameTable<Language> Languages = new(Language.English, Language.Spanish, Language.Indonesian, Language.Malay);

    public static readonly NameTable<MessageLength> MessageLengths = new(MessageLength.Short, MessageLength.Detailed);

    public static readonly NameTable<MeetingCue> MeetingCues = new(MeetingCue.NotStarted, MeetingCue.Running, MeetingCue.WrapUp, MeetingCue.Over);

    public static readonly NameTable<FeedbackPoint> FeedbackPoints = new(FeedbackPoint.AfterOnboarding, FeedbackPoint.AtCompletion, FeedbackPoint.FollowUp);

    public static readonly NameTable<ConsequenceKind> ConsequenceKinds = new(ConsequenceKind.Reminder, ConsequenceKind.FirmReminder, ConsequenceKind.Escalation, ConsequenceKind.ScheduleShift, ConsequenceKind.Pause, ConsequenceKind.RestartLeadTime, ConsequenceKind.RestartFee, ConsequenceKind.LateFee, ConsequenceKind.Credit, ConsequenceKind.TerminationNotice);

    public static readonly NameTable<CapScope> CapScopes = new(CapScope.PerStage, CapScope.PerMonth, CapScope.PerEngagement);

    public static readonly NameTable<EngagementPhase> EngagementPhases = new(EngagementPhase.New, EngagementPhase.Proposed, EngagementPhase.Signed, EngagementPhase.DepositReceived, EngagementPhase.Scheduled, EngagementPhase.Active, EngagementPhase.Paused, EngagementPhase.Completed, EngagementPhase.Terminated);

    public static readonly NameTable<StageStatus> StageStatuses = new(StageStatus.Pending, StageStatus.InProgress, StageStatus.Done);

    public static readonly NameTable<ObligationKind> ObligationKinds = new(ObligationKind.Stage, ObligationKind.Deposit, ObligationKind.MilestonePayment, ObligationKind.FinalPayment, ObligationKind.Reply, ObligationKind.Acceptance);

    public static readonly NameTable<OwedKind> OwedKinds = new(OwedKind.Deposit, OwedKind.MilestonePayment, OwedKind.FinalPayment, OwedKind.ChangeOrder, OwedKind.RestartFee, OwedKind.LateFee, OwedKind.Credit, OwedKind.Overpayment);

    public static readonly NameTable<ReminderLevel> ReminderLevels = new(ReminderLevel.Friendly, ReminderLevel.Firm);

    public static readonly NameTable<Timeliness> Timelinesses = new(Timeliness.NotStarted, Timeliness.OnTrack, Timeliness.DueSoon, Timeliness.Overdue, Timeliness.OnHold, Timeliness.Done, Timeliness.DoneLate);

    public static readonly NameTable<OutOfScopeReason> OutOfScopeReasons = new(OutOfScopeReason.Excluded, OutOfScopeReason.BeyondAllowance, OutOfScopeReason.BeyondRevisionRounds, OutOfScopeReason.TooLargeForGoodwill, OutOfScopeReason.GoodwillUsedUp, OutOfScopeReason.NoGoodwill);

    public static readonly NameTable<ChangeOrderStatus> ChangeOrderStatuses = new(ChangeOrderStatus.Draft, ChangeOrderStatus.Proposed, ChangeOrderStatus.ProceedingWhilePriced, ChangeOrderStatus.Accepted, ChangeOrderStatus.Declined, ChangeOrderStatus.Expired, ChangeOrderStatus.NoCharge);

    public static readonly NameTable<RevisionOverflow> RevisionOverflows = new(RevisionOverflow.Refuse, RevisionOverflow.RecordAsChangeRequest);

    public static readonly NameTable<MovingOnPolicy> MovingOnPolicies = new(MovingOnPolicy.DeemsAccepted, MovingOnPolicy.RequiresAcceptance);

    public static readonly NameTable<DeemedAcceptanceReason> DeemedAcceptanceReasons = new(DeemedAcceptanceReason.MovedOn, DeemedAcceptanceReason.WindowClosed, DeemedAcceptanceReason.LaterStageAccepted);

    public static readonly NameTable<WindowClosingPolicy> WindowClosingPolicies = new(WindowClosingPolicy.DeemsAccepted, WindowClosingPolicy.Chases);
}
