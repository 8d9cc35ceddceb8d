using System;
using System.Linq;
using ClientBoundaries.Agreements;
using ClientBoundaries.Consequences;
using ClientBoundaries.Primitives;
using ClientBoundaries.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Consequences;

/// <summary>Rules, ladders, charges, caps and policies: what they accept, what they refuse and how they say it.</summary>
public class ConsequencePolicyTests
{
    private static readonly Money Eur100 = new(100m, "EUR");

    [Fact]
    public void Only_reminders_may_fall_due_on_or_before_the_due_date()
    {
        ConsequenceRule.Reminder(-2).BusinessDaysOverdue.Should().Be(-2);
        ConsequenceRule.FirmReminder(0).BusinessDaysOverdue.Should().Be(0);

        var onTheDay = () => ConsequenceRule.Escalation(0, "owner");
        onTheDay.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("businessDaysOverdue")
            .WithMessage("A Escalation applies once the party is late*at least 1 business day after the due date*was 0.*");
        var tooLate = () => ConsequenceRule.Pause(ConsequenceRule.MaxBusinessDaysOverdue + 1);
        tooLate.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("businessDaysOverdue");
        var tooEarly = () => ConsequenceRule.Reminder(-ConsequenceRule.MaxBusinessDaysBeforeDue - 1);
        tooEarly.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("businessDaysOverdue");
    }

    [Fact]
    public void Rules_carry_what_their_kind_needs()
    {
        ConsequenceRule.Escalation(5, "account director").ContactRole.Should().Be("account director");
        ConsequenceRule.RestartFee(15, Eur100).Charge.Should().Be(Charge.Fixed(Eur100));
        ConsequenceRule.Credit(3, Charge.PercentOf(10m)).ToString().Should().Be("+3 business days: Credit 10%");
        ConsequenceRule.Reminder(-2).ToString().Should().Be("-2 business days: Reminder");

        var blankRole = () => ConsequenceRule.Escalation(5, " ");
        blankRole.Should().Throw<ArgumentException>().WithParameterName("contactRole");
        var noFee = () => ConsequenceRule.RestartFee(15, null!);
        noFee.Should().Throw<ArgumentNullException>().WithParameterName("fee");
    }

    [Fact]
    public void Kinds_say_how_they_behave()
    {
        ConsequenceKind.List.Where(k => k.IsReminder).Should().BeEquivalentTo(new[] { ConsequenceKind.Reminder, ConsequenceKind.FirmReminder });
        ConsequenceKind.List.Where(k => k.CarriesAmount).Should().BeEquivalentTo(new[] { ConsequenceKind.RestartFee, ConsequenceKind.LateFee, ConsequenceKind.Credit });
        ConsequenceKind.List.Where(k => k.FallsDueOnRestart).Should().BeEquivalentTo(new[] { ConsequenceKind.RestartLeadTime, ConsequenceKind.RestartFee });
        ConsequenceKind.List.Select(k => k.Value).Order().Should().Equal(Enumerable.Range(1, 10), "the values are a persistence contract");
    }

    [Fact]
    public void Charges_are_positive_amounts_or_percentages_up_to_100()
    {
        Charge.PercentOf(10m).Of(new Money(1500m, "EUR")).Should().Be(new Money(150m, "EUR"));
        Charge.PercentOf(2m).Of(new Money(1333.33m, "EUR")).Should().Be(new Money(26.67m, "EUR"), "rounded to cents, half away from zero");
        Charge.Fixed(Eur100).Of(null).Should().Be(Eur100);
        Charge.PercentOf(10m).Of(null).Should().BeNull();

        var zero = () => Charge.Fixed(new Money(0m, "EUR"));
        zero.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("amount").WithMessage("*more than zero, was 0 EUR*");
        var over = () => Charge.PercentOf(100.5m);
        over.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("percent").WithMessage("*was 100.5*");
    }

    [Fact]
    public void A_fee_or_credit_written_as_a_payment_of_nothing_is_refused()
    {
        var fee = () => ConsequenceRule.LateFee(10, Charge.FixedPayment(Money.Zero("EUR")));
        fee.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fee").WithMessage("A fee or credit must be more than zero, was 0 EUR.*");
        var credit = () => ConsequenceRule.Credit(3, Charge.FixedPayment(Money.Zero("EUR")));
        credit.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("credit");
        ConsequenceRule.Credit(3, Charge.FixedPayment(Eur100)).Should().Be(ConsequenceRule.Credit(3, Charge.Fixed(Eur100)));
    }

    [Fact]
    public void A_ladder_sorts_its_rules_and_refuses_two_of_a_kind_at_one_threshold()
    {
        var ladder = new ConsequenceLadder(3, new[] { ConsequenceRule.Pause(15), ConsequenceRule.Reminder(-2), ConsequenceRule.Escalation(2, "owner") });

        ladder.Rules.Select(r => r.BusinessDaysOverdue).Should().Equal(-2, 2, 15);
        ladder.EffectiveThresholdOf(ladder.Rules[1]).Should().Be(4, "an escalation within the 3-day grace waits for its end");
        ladder.EffectiveThresholdOf(ladder.Rules[0]).Should().Be(-2, "reminders are not held back by grace");
        ladder.Should().Be(new ConsequenceLadder(3, ladder.Rules.Reverse()));

        var twice = () => new ConsequenceLadder(0, new[] { ConsequenceRule.Pause(15), ConsequenceRule.Pause(15) });
        twice.Should().Throw<ArgumentException>().WithParameterName("rules").WithMessage("*only one Pause at 15 business days overdue, but has 2*");
        var grace = () => new ConsequenceLadder(-1, Array.Empty<ConsequenceRule>());
        grace.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("graceBusinessDays");
        var withNull = () => new ConsequenceLadder(0, new ConsequenceRule[] { null! });
        withNull.Should().Throw<ArgumentException>().WithParameterName("rules");
    }

    [Fact]
    public void A_policy_keeps_late_fees_for_payments_and_credits_for_stages()
    {
        var feeOnStage = () => new ConsequencePolicy(new ConsequenceLadder(0, new[] { ConsequenceRule.LateFee(5, Charge.Fixed(Eur100)) }));
        feeOnStage.Should().Throw<ArgumentException>().WithParameterName("stages").WithMessage("A late fee applies to payments*");
        var creditOnPayment = () => new ConsequencePolicy(ConsequenceLadder.None, new ConsequenceLadder(0, new[] { ConsequenceRule.Credit(5, Charge.Fixed(Eur100)) }));
        creditOnPayment.Should().Throw<ArgumentException>().WithParameterName("payments");
        var dueSoon = () => new ConsequencePolicy(ConsequenceLadder.None, dueSoonBusinessDays: 61);
        dueSoon.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dueSoonBusinessDays");
    }

    [Fact]
    public void A_stage_ladder_overrides_the_default_for_that_stage_only()
    {
        var content = new StageKey("content");
        var patient = new ConsequenceLadder(5, new[] { ConsequenceRule.Escalation(10, "owner") });
        var policy = Policies.Client().WithStageLadder(content, patient);

        policy.LadderFor(content).Should().Be(patient);
        policy.LadderFor(new StageKey("feedback")).Should().Be(Policies.ClientStages());
        policy.WithStageLadder(content, ConsequenceLadder.None).StageOverrides.Should().ContainSingle()
            .Which.Value.Should().Be(ConsequenceLadder.None, "a second override for a stage replaces the first");
        policy.Should().Be(Policies.Client().WithStageLadder(content, patient));
        policy.Should().NotBe(Policies.Client());
    }

    [Fact]
    public void Caps_are_not_negative_and_share_one_currency()
    {
        var caps = new ConsequenceCaps(Eur100, null, new Money(500m, "EUR"));
        caps.Of(CapScope.PerStage).Should().Be(Eur100);
        caps.Of(CapScope.PerMonth).Should().BeNull();

        var negative = () => new ConsequenceCaps(null, new Money(-1m, "EUR"), null);
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("perMonth");
        var mixed = () => new ConsequenceCaps(Eur100, new Money(50m, "USD"), null);
        mixed.Should().Throw<ArgumentException>().WithMessage("*one currency, but are in EUR and USD*");
    }

    [Fact]
    public void The_agreement_checks_that_each_policy_fits_its_party()
    {
        var clientWithCredit = new ConsequencePolicy(new ConsequenceLadder(0, new[] { ConsequenceRule.Credit(3, Charge.Fixed(Eur100)) }));
        var providerWithFee = new ConsequencePolicy(new ConsequenceLadder(0, new[] { ConsequenceRule.RestartFee(3, Eur100) }));

        var violations = Policies.Website(client: clientWithCredit, provider: providerWithFee).Validate();

        violations.Select(v => v.Code).Should().Equal("agreement.consequences.fee-from-provider", "agreement.consequences.credit-from-client");
    }

    [Fact]
    public void The_agreement_checks_stage_overrides_prices_and_currency()
    {
        var overrides = Policies.Client()
            .WithStageLadder(new StageKey("hosting"), ConsequenceLadder.None)
            .WithStageLadder(new StageKey("design"), ConsequenceLadder.None);
        var dollarFee = new ConsequencePolicy(Policies.ClientStages(), new ConsequenceLadder(0, new[] { ConsequenceRule.LateFee(5, Charge.Fixed(new Money(10m, "USD"))) }));
        var unpriced = new AgreementBuilder(new AgreementId("a"), "A")
            .WithProvider("P", TestSupport.Calendars.Madrid())
            .WithClient("C", TestSupport.Calendars.Madrid())
            .AddStage("design", "Design", PartyRole.Provider, 5)
            .WithConsequencePolicy(PartyRole.Provider, Policies.Provider());

        Policies.Website(client: overrides).Validate().Select(v => (v.Code, v.Subject)).Should().Equal(
            ("agreement.consequences.unknown-stage", "hosting"),
            ("agreement.consequences.stage-of-other-party", "design"));
        Policies.Website(client: dollarFee).Validate().Should().ContainSingle().Which.Message.Should()
            .Be("Every amount of the agreement must be in EUR, but the client's late fee at 5 business days late is 10.00 USD.");
        unpriced.Validate().Should().ContainSingle().Which.Code.Should().Be("agreement.consequences.credit-needs-price");
        var build = () => unpriced.Build();
        build.Should().Throw<InvalidAgreementException>().WithMessage("*stage 'design' has no price*");
    }

    [Fact]
    public void An_agreement_without_policies_has_none_for_either_party()
    {
        var agreement = TestSupport.Agreements.WebsiteInMadrid();

        agreement.ConsequencePolicyOf(PartyRole.Client).Should().BeSameAs(ConsequencePolicy.None);
        agreement.ProviderConsequencePolicy.Should().BeSameAs(ConsequencePolicy.None);
        Policies.Website().Build().ConsequencePolicyOf(PartyRole.Provider).Should().Be(Policies.Provider());
    }
}
