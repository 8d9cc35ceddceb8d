using System;
using ClientBoundaries.Agreements;
using ClientBoundaries.Communication;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Net462Consumer
{
    /// <summary>
    /// What a CRM plugin does when an email arrives: say by when the reply is owed, and whether a
    /// reply was late; and what a calendar plugin does when a call is booked. C# 7.3; compiled, never run.
    /// </summary>
    public sealed class CommunicationPluginStyleUsage
    {
        private static readonly Channel[] Channels = { Channel.Email, Channel.Chat };
        private static readonly ResponseCommitment[] Commitments = { ResponseCommitment.WithinHours(Channel.Email, 8) };

        /// <summary>The provider's contact terms, and a weekly check-in on Mondays.</summary>
        public AgreementBuilder WithCommunication(AgreementBuilder builder)
        {
            return builder
                .WithContactPolicy(PartyRole.Provider, new ContactPolicy(Channels, Commitments))
                .WithMeetingPolicy(new MeetingPolicy(Duration.FromMinutes(30), Duration.FromMinutes(60)))
                .WithCheckIns(CheckInCadence.Weekly(IsoDayOfWeek.Monday));
        }

        /// <summary>The reply's due time for a CRM field, or null when none is promised.</summary>
        public DateTime? ReplyDueUtc(Agreement agreement, DateTime receivedUtc)
        {
            Instant? due = agreement.ContactHoursOf(PartyRole.Provider).ReplyDueBy(Channel.Email, Instant.FromDateTimeUtc(DateTime.SpecifyKind(receivedUtc, DateTimeKind.Utc)));
            return due.HasValue ? due.Value.ToDateTimeUtc() : (DateTime?)null;
        }

        /// <summary>Books a call, or returns the reason it cannot be booked.</summary>
        public string BookCall(Agreement agreement, DateTime startUtc, int minutes, string[] agenda)
        {
            Outcome<Meeting> booked = Meeting.Book(agreement.MeetingPolicy, Instant.FromDateTimeUtc(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc)), agenda, Duration.FromMinutes(minutes), true);
            return booked.IsAccepted ? "Wrap up at " + booked.Value.WrapUpCueAt : booked.Violations[0].Message;
        }
    }
}
