using ClientBoundaries.Primitives;

namespace ClientBoundaries.Scope;

/// <summary>
/// The fair, explicit answer to "just one more thing": the request is included as written, covered
/// by an allowance, given as goodwill, or out of scope with a priced change order. Each says why in
/// <see cref="Message"/>, a sentence the provider could send as is.
/// </summary>
/// <remarks>
/// <para>Made by <see cref="ScopeLedger.Classify(ChangeRequest, Language)"/>, and recorded in an engagement by the
/// <c>RequestChange</c> command. The cases are nested records: <see cref="Included"/>,
/// <see cref="ConsumesAllowance"/>, <see cref="Goodwill"/> and <see cref="OutOfScope"/>.</para>
/// <para>Immutable and thread-safe; equal when kind and fields are equal.</para>
/// </remarks>
public abstract record ScopeDecision
{
    // The facts the answer (and the charging-starts notice) were worded from, to word them again in another language.
    private readonly Sentence _message;
    private readonly Sentence? _notice;

    private ScopeDecision(ChangeRequest request, Sentence message, Sentence? notice = null)
    {
        Request = request;
        _message = message;
        _notice = notice;
    }

    /// <summary>The request decided on.</summary>
    public ChangeRequest Request { get; }

    /// <summary>
    /// Why, in a sentence the provider could send to the client as is, in the language the request was classified
    /// for: an engagement's client's language (<c>CommunicationPreferences.Language</c>), English for
    /// <see cref="ScopeLedger.Classify(ChangeRequest)"/>.
    /// </summary>
    public string Message => _message.Text;

    /// <summary>The decision's stable kind name in kebab case ("out-of-scope"); also keeps the hierarchy closed.</summary>
    internal abstract string Kind { get; }

    /// <summary>The notice's text, for <see cref="OutOfScope.ChargingStartsNotice"/>.</summary>
    private protected string? Notice => _notice?.Text;

    private protected string? NoticeIn(Language language) => _notice?.In(language);

    /// <summary>The answer in <paramref name="language"/>, worded from the same facts as <see cref="Message"/>.</summary>
    /// <param name="language">The language to word it in.</param>
    /// <returns>The answer; a decision read back from JSON has only the text it was stored with.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="language"/> is null.</exception>
    public string MessageIn(Language language) => _message.In(Preconditions.CheckNotNull(language, nameof(language)));

    /// <summary>Whether the kind, the request and the answer are equal (the answer compared by its text), and the case's own fields.</summary>
    /// <param name="other">The other decision.</param>
    /// <returns>True when equal.</returns>
    public virtual bool Equals(ScopeDecision? other) =>
        other is not null
        && EqualityContract == other.EqualityContract
        && Request == other.Request
        && Message == other.Message
        && Notice == other.Notice;

    /// <summary>A hash of the request.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => unchecked((EqualityContract.GetHashCode() * 397) ^ Request.GetHashCode());

    /// <summary>The request is part of the deliverable as written: no charge, nothing used up.</summary>
    public sealed record Included : ScopeDecision
    {
        internal Included(ChangeRequest request, DeliverableKey deliverable, string clause, Sentence message)
            : base(request, message)
        {
            Deliverable = deliverable;
            Clause = clause;
        }

        /// <summary>The deliverable it is part of.</summary>
        public DeliverableKey Deliverable { get; }

        /// <summary>The inclusion it falls under, as the agreement writes it.</summary>
        public string Clause { get; }

        internal override string Kind => "included";
    }

    /// <summary>The request is covered by what is left of a deliverable's units or hours, and uses some of it.</summary>
    public sealed record ConsumesAllowance : ScopeDecision
    {
        internal ConsumesAllowance(ChangeRequest request, DeliverableKey deliverable, bool inHours, decimal used, decimal remaining, Sentence message)
            : base(request, message)
        {
            Deliverable = deliverable;
            InHours = inHours;
            Used = used;
            Remaining = remaining;
        }

        /// <summary>The deliverable whose allowance covers it.</summary>
        public DeliverableKey Deliverable { get; }

        /// <summary>Whether it uses the allowance's hours (true) or its units (false).</summary>
        public bool InHours { get; }

        /// <summary>How much of the allowance it uses: hours, or units.</summary>
        public decimal Used { get; }

        /// <summary>How much of that allowance is left after it.</summary>
        public decimal Remaining { get; }

        internal override string Kind => "consumes-allowance";
    }

    /// <summary>The request is a small extra the provider gives without charge, from its goodwill.</summary>
    public sealed record Goodwill : ScopeDecision
    {
        internal Goodwill(ChangeRequest request, decimal hours, decimal hoursLeft, bool announced, Sentence message)
            : base(request, message)
        {
            Hours = hours;
            HoursLeft = hoursLeft;
            Announced = announced;
        }

        /// <summary>The goodwill hours it uses.</summary>
        public decimal Hours { get; }

        /// <summary>The goodwill hours left after it.</summary>
        public decimal HoursLeft { get; }

        /// <summary>Whether <see cref="ScopeDecision.Message"/> tells the client it is goodwill and how much is left, as the agreement says.</summary>
        public bool Announced { get; }

        internal override string Kind => "goodwill";
    }

    /// <summary>The request falls outside the agreement: it needs the draft <see cref="ChangeOrder"/>, priced from the rate card.</summary>
    public sealed record OutOfScope : ScopeDecision
    {
        internal OutOfScope(ChangeRequest request, OutOfScopeReason reason, ChangeOrder changeOrder, Sentence? chargingStartsNotice, Sentence message)
            : base(request, message, chargingStartsNotice)
        {
            Reason = reason;
            ChangeOrder = changeOrder;
        }

        /// <summary>Why it is outside.</summary>
        public OutOfScopeReason Reason { get; }

        /// <summary>The draft change order: price, schedule impact, what it adds.</summary>
        public ChangeOrder ChangeOrder { get; }

        /// <summary>
        /// When goodwill has just run out and this is the first small request to be charged, a few
        /// sentences that explain why charging starts now, in the language of <see cref="ScopeDecision.Message"/>;
        /// null otherwise. An engagement gives it once.
        /// </summary>
        public string? ChargingStartsNotice => Notice;

        /// <summary>The charging-starts notice in <paramref name="language"/>, worded from the same facts as <see cref="ChargingStartsNotice"/>.</summary>
        /// <param name="language">The language to word it in.</param>
        /// <returns>The notice, or null when this decision has none; a decision read back from JSON has only the text it was stored with.</returns>
        /// <exception cref="System.ArgumentNullException"><paramref name="language"/> is null.</exception>
        public string? ChargingStartsNoticeIn(Language language) => NoticeIn(Preconditions.CheckNotNull(language, nameof(language)));

        internal override string Kind => "out-of-scope";
    }
}
