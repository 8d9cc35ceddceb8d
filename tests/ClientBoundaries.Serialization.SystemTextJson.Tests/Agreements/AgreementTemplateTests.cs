using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClientBoundaries.Agreements;
using ClientBoundaries.Calendars;
using ClientBoundaries.Communication;
using ClientBoundaries.Primitives;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace ClientBoundaries.Serialization.SystemTextJson.Tests.Agreements;

/// <summary>What a CRM admin sees: a template's mistakes, all of them, each at its JSON path.</summary>
public class AgreementTemplateTests
{
    /// <summary>A small valid template that leaves every optional term out.</summary>
    private const string Minimal = """
        {
          "id": "bookkeeping",
          "title": "Monthly bookkeeping",
          "provider": {
            "name": "Buku Rapi",
            "calendar": { "timeZone": "Asia/Jakarta", "workingWeek": { "monday": [{ "start": "09:00", "end": "17:00" }], "friday": [{ "start": "09:00", "end": "00:00" }] } }
          },
          "client": {
            "name": "Kopi Kita",
            "calendar": { "timeZone": "Asia/Singapore", "workingWeek": { "tuesday": [{ "start": "09:00", "end": "24:00" }] } }
          },
          "stages": [
            { "key": "receipts", "name": "Send receipts", "owner": "Client", "durationBusinessDays": 5 },
            { "key": "books", "name": "Close the books", "owner": "Provider", "durationBusinessDays": 3 }
          ]
        }
        """;

    [Fact]
    public void A_template_that_leaves_optional_terms_out_gets_the_builder_s_defaults()
    {
        var expected = new AgreementBuilder(new AgreementId("bookkeeping"), "Monthly bookkeeping")
            .WithProvider("Buku Rapi", new BusinessCalendar(DateTimeZoneProviders.Tzdb["Asia/Jakarta"], WorkingWeek.Of(new[] { IsoDayOfWeek.Monday }, TimeOfDayRange.Of(9, 0, 17, 0)).WithHours(IsoDayOfWeek.Friday, TimeOfDayRange.Of(9, 0, 0, 0))))
            .WithClient("Kopi Kita", new BusinessCalendar(DateTimeZoneProviders.Tzdb["Asia/Singapore"], WorkingWeek.Of(new[] { IsoDayOfWeek.Tuesday }, TimeOfDayRange.Of(9, 0, 0, 0))))
            .AddStage("receipts", "Send receipts", PartyRole.Client, 5)
            .AddStage("books", "Close the books", PartyRole.Provider, 3)
            .Build();

        AgreementTemplate.Validate(Minimal).Should().BeEmpty();
        AgreementTemplate.Load(Minimal).Should().Be(expected, "a range to 24:00 and one to 00:00 both run to the end of the day");
        AgreementTemplate.Load(Encoding.UTF8.GetBytes(Minimal)).Should().Be(expected);
        AgreementTemplate.Load(Minimal).MovingOn.Should().Be(MovingOnPolicy.DeemsAccepted, "moving on accepts the stage unless the agreement says otherwise");
        AgreementTemplate.Load(Minimal).AcceptanceWindows.Should().Be(AcceptanceWindows.None, "an agreement without windows gives the client as long as it takes");
    }

    [Fact]
    public void A_template_with_many_mistakes_reports_every_one_at_its_path()
    {
        const string template = """
            {
              "id": "bad template",
              "title": "Bookkeeping",
              "provider": {
                "name": "Ledger Co",
                "calendar": { "timeZone": "Asia/Jakarta", "workingWeek": { "monday": [{ "start": "09:00", "end": "17:00" }], "funday": [] } },
                "consequencePolicy": { "stages": { "graceBusinessDays": 0, "rules": [{ "kind": "LateFee", "businessDaysOverdue": 3, "charge": { "percent": 5 } }] } }
              },
              "client": {
                "name": "  ",
                "calendar": { "timeZone": "Asia/Jakartaa", "workingWeek": { "monday": [{ "start": "17:00", "end": "09:00" }] } },
                "preferences": { "preferredChannel": "Fax", "messageLength": "Short" }
              },
              "stages": [
                { "key": "collect", "name": "Send receipts", "owner": "Client", "durationBusinessDays": 5 },
                { "key": "books", "name": "Close the books", "owner": "Provider", "durationBusinessDays": 0, "colour": "red" },
                { "key": "review", "name": "Review", "owner": "Customer", "durationBusinessDays": 1e400 }
              ],
              "paymentTerms": { "total": { "amount": 1000, "currency": "IDR" }, "deposit": { "percent": 130 } },
              "checkIns": { "weekday": "Monday", "everyBusinessDays": 3 }
            }
            """;

        AgreementTemplate.Validate(template).Select(p => p.ToString()).Should().Equal(
            "$.id: A key may hold only ASCII letters, digits, '-', '_', '.' and ':', but 'bad template' has ' '.",
            "$.provider.calendar.workingWeek.funday: is not a known property here (known: friday, monday, saturday, sunday, thursday, tuesday, wednesday)",
            "$.provider.consequencePolicy.stages: A late fee applies to payments: put it in the payment ladder, not a stage ladder.",
            "$.client.name: must not be empty or only white space",
            "$.client.calendar.timeZone: must be a TZDB time zone id such as \"Europe/Madrid\", was \"Asia/Jakartaa\"",
            "$.client.calendar.workingWeek.monday[0]: The end of a time range must be later than its start (or midnight, for the end of the day), was 17:00:00-09:00:00.",
            "$.client.preferences.preferredChannel: must be one of Email, Phone, VideoCall, Chat, InPerson, Portal, was \"Fax\"",
            "$.stages[1].durationBusinessDays: must be from 1 to 2600, was 0",
            "$.stages[1].colour: is not a known property here (known: budgetedHours, durationBusinessDays, handover, key, name, owner, price, responsibilities)",
            "$.stages[2].owner: must be one of Provider, Client, was \"Customer\"",
            "$.stages[2].durationBusinessDays: must be a whole number, was the number 1e400",
            "$.paymentTerms.deposit.percent: A percentage of the total must be more than 0 and at most 100, was 130.",
            "$.checkIns: must have either weekday or everyBusinessDays, not both");
    }

    [Fact]
    public void Rules_about_the_agreement_as_a_whole_are_reported_at_what_they_name()
    {
        const string template = """
            {
              "id": "rules",
              "version": 2,
              "title": "Bookkeeping",
              "provider": {
                "name": "Ledger Co",
                "calendar": { "timeZone": "Asia/Jakarta", "workingWeek": { "monday": [{ "start": "09:00", "end": "17:00" }] } },
                "consequencePolicy": {
                  "stages": { "graceBusinessDays": 0, "rules": [{ "kind": "Escalation", "businessDaysOverdue": 3 }, { "kind": "Credit", "businessDaysOverdue": 4, "charge": { "fixedAmount": { "amount": 5, "currency": "USD" } } }] },
                  "stageOverrides": [{ "stage": "collect", "ladder": { "graceBusinessDays": 0, "rules": [] } }]
                }
              },
              "client": {
                "name": "Client",
                "calendar": { "timeZone": "Asia/Jakarta", "workingWeek": { "monday": [{ "start": "09:00", "end": "17:00" }] } },
                "contactPolicy": { "channels": ["Email"], "contactWindows": { "saturday": [{ "start": "10:00", "end": "12:00" }] } },
                "preferences": { "preferredChannel": "Chat", "messageLength": "Short" },
                "consequencePolicy": {
                  "stages": { "graceBusinessDays": 0, "rules": [{ "kind": "Credit", "businessDaysOverdue": 4, "charge": { "percent": 5 } }] },
                  "stageOverrides": [{ "stage": "ghost", "ladder": { "graceBusinessDays": 0, "rules": [] } }]
                }
              },
              "stages": [
                { "key": "collect", "name": "Send receipts", "owner": "Client", "durationBusinessDays": 5 },
                { "key": "books", "name": "Close the books", "owner": "Provider", "durationBusinessDays": 3, "price": { "amount": 10, "currency": "EUR" } },
                { "key": "books", "name": "Review", "owner": "Provider", "durationBusinessDays": 1 }
              ],
              "paymentTerms": { "total": { "amount": 1000000, "currency": "IDR" }, "deposit": { "percent": 30 }, "milestones": [{ "stage": "nope", "amount": { "percent": 10 } }] },
              "scope": {
                "deliverables": [{ "key": "ledger", "name": "Ledger", "allowance": { "revisionRounds": 1 } }, { "key": "report", "name": "Report", "stage": "collect" }],
                "changeOrderTerms": { "revisionOverflow": "RecordAsChangeRequest", "hoursPerExtraRevisionRound": 1 }
              }
            }
            """;

        AgreementTemplate.Validate(template).Select(p => p.ToString()).Should().Equal(
            "$.stages[2].key: Stage keys must be unique, but 'books' is already used by the stage \"Close the books\".",
            "$.paymentTerms.milestones[0].stage: The milestone payment of 10% of the total price is tied to stage 'nope', which the agreement does not have.",
            "$.provider.consequencePolicy.stageOverrides[0].stage: The provider's consequence policy has a ladder for stage 'collect', but the client owns that stage: put it in the client's policy.",
            "$.client.consequencePolicy.stageOverrides[0].stage: The client's consequence policy has a ladder for stage 'ghost', which the agreement does not have.",
            "$.client.consequencePolicy.stages.rules[0].kind: A credit is what the provider owes the client when the provider is late; the client's policy cannot have one (a late client pays a fee).",
            "$.stages[0]: The client's policy gives a credit worth a percentage of the stage's price, but stage 'collect' has no price (StageBuilder.Priced).",
            "$.scope.deliverables[0]: Deliverable 'ledger' includes 1 revision round, which are counted on the stage it is made in: name that stage.",
            "$.scope.deliverables[1].stage: Deliverable 'report' is made in stage 'collect', which the client owns; the provider delivers, so name one of its stages.",
            "$.scope.rateCard: Extra revision rounds are recorded as change requests, which are quoted from the rate card, but the agreement has none (WithRateCard).",
            "$.client.contactPolicy.contactWindows: The client's contact windows fall only on days it does not work (Saturday; it works Monday), so it could never be contacted: give it windows on at least one of its working days.",
            "$.provider.preferences.escalationContact: The provider's consequence policy escalates to its escalation contact, but the provider's preferences name none: name one (WithPreferences) or give the rule a contact role.",
            "$.client.preferences.preferredChannel: The client prefers chat, but its contact policy does not accept it (it accepts email).",
            "$.stages[1].price: Every amount of the agreement must be in IDR, but the price of stage 'books' is 10.00 EUR.",
            "$.provider.consequencePolicy.stages.rules[1].charge.fixedAmount: Every amount of the agreement must be in IDR, but the provider's credit at 4 business days late is 5.00 USD.",
            "$.version: must be 1, one more than the number of amendments (0), was 2");
    }

    [Fact]
    public void A_rule_about_a_stage_is_not_reported_while_that_stage_could_not_be_read()
    {
        // The milestone names "books", whose own stage has a mistake: only the mistake is reported.
        var problems = Problems(t =>
        {
            t["stages"]![1]!["durationBusinessDays"] = -1;
            t["paymentTerms"] = JsonNode.Parse("""{ "total": { "amount": 100, "currency": "EUR" }, "deposit": { "percent": 10 }, "milestones": [{ "stage": "books", "amount": { "percent": 10 } }] }""");
        });

        problems.Should().Equal("$.stages[1].durationBusinessDays: must be from 1 to 2600, was -1");
    }

    [Fact]
    public void An_unknown_property_is_refused_and_the_known_ones_are_listed()
    {
        Problems(t => t["stages"]![0]!["durationDays"] = 5).Should().Equal(
            "$.stages[0].durationDays: is not a known property here (known: budgetedHours, durationBusinessDays, handover, key, name, owner, price, responsibilities)");
        Problems(t => t["Title"] = "x").Should().ContainSingle().Which.Should().StartWith("$.Title: is not a known property here (known: $schema, acceptanceWindows, amendments, checkIns, client, feedback, id, meetingPolicy, movingOn, paymentTerms, provider, scope, stages, title, version)");
    }

    [Fact]
    public void An_unknown_name_lists_the_names_allowed()
    {
        Problems(t => t["stages"]![0]!["owner"] = "client").Should().Equal("$.stages[0].owner: must be one of Provider, Client, was \"client\"");
        Problems(t => t["provider"]!["consequencePolicy"] = JsonNode.Parse("""{ "stages": { "graceBusinessDays": 0, "rules": [{ "kind": "Fine", "businessDaysOverdue": 1 }] } }""")).Should().Equal(
            "$.provider.consequencePolicy.stages.rules[0].kind: must be one of Reminder, FirmReminder, Escalation, ScheduleShift, Pause, RestartLeadTime, RestartFee, LateFee, Credit, TerminationNotice, was \"Fine\"");
        Problems(t => t["client"]!["calendar"]!["holidays"] = JsonNode.Parse("""[{ "kind": "Easter", "name": "Easter Monday", "offsetDays": 1 }, { "kind": "Fixed", "name": "Christmas", "month": 12, "day": 25, "observance": "Monday" }]""")).Should().Equal(
            "$.client.calendar.holidays[0].kind: must be one of Fixed, NthWeekday, LastWeekday, EasterRelative, Once, was \"Easter\"",
            "$.client.calendar.holidays[0].offsetDays: is not a known property here (known: exceptYears, firstYear, kind, lastYear, name, observance)",
            "$.client.calendar.holidays[1].observance: must be one of None, NearestWorkingDay, NextWorkingDay, was \"Monday\"");
        Problems(t => t["checkIns"] = JsonNode.Parse("""{ "weekday": "Mon" }""")).Should().Equal(
            "$.checkIns.weekday: must be one of Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, was \"Mon\"");
        Problems(t => t["movingOn"] = "AcceptFirst").Should().Equal("$.movingOn: must be one of DeemsAccepted, RequiresAcceptance, was \"AcceptFirst\"");
        Problems(t => t["acceptanceWindows"] = JsonNode.Parse("""{ "businessDays": 5, "whenClosed": "Ignore" }""")).Should().Equal(
            "$.acceptanceWindows.whenClosed: must be one of DeemsAccepted, Chases, was \"Ignore\"");
        Problems(t => t["acceptanceWindows"] = JsonNode.Parse("""{ "businessDays": 0, "whenClosed": "DeemsAccepted" }""")).Should().ContainSingle()
            .Which.Should().StartWith("$.acceptanceWindows.businessDays:");
    }

    [Fact]
    public void A_payment_may_ask_for_nothing_and_a_fee_or_credit_may_not_each_refused_in_its_own_words()
    {
        var noDeposit = JsonNode.Parse(Minimal)!.AsObject();
        noDeposit["paymentTerms"] = JsonNode.Parse("""{ "total": { "amount": 100, "currency": "EUR" }, "deposit": { "fixedAmount": { "amount": 0, "currency": "EUR" } } }""");
        AgreementTemplate.Load(noDeposit.ToJsonString()).PaymentTerms!.DepositAmount.Should().Be(Money.Zero("EUR"));

        Problems(t => t["paymentTerms"] = JsonNode.Parse("""{ "total": { "amount": 100, "currency": "EUR" }, "deposit": { "fixedAmount": { "amount": -1, "currency": "EUR" } }, "milestones": [{ "stage": "books", "amount": { "percent": 0 } }] }""")).Should().Equal(
            "$.paymentTerms.deposit.fixedAmount: A payment must not be negative, was -1 EUR.",
            "$.paymentTerms.milestones[0].amount.percent: A percentage of the total must be more than 0 and at most 100, was 0.");
        Problems(t => t["client"]!["consequencePolicy"] = JsonNode.Parse("""{ "stages": { "graceBusinessDays": 0, "rules": [] }, "payments": { "graceBusinessDays": 0, "rules": [{ "kind": "LateFee", "businessDaysOverdue": 5, "charge": { "fixedAmount": { "amount": 0, "currency": "EUR" } } }] } }""")).Should().Equal(
            "$.client.consequencePolicy.payments.rules[0].charge.fixedAmount: A fee or credit must be more than zero, was 0 EUR.");
        Problems(t => t["provider"]!["consequencePolicy"] = JsonNode.Parse("""{ "stages": { "graceBusinessDays": 0, "rules": [{ "kind": "Credit", "businessDaysOverdue": 3, "charge": { "percent": 130 } }] } }""")).Should().Equal(
            "$.provider.consequencePolicy.stages.rules[0].charge.percent: A percentage must be more than 0 and at most 100, was 130.");
    }

    [Fact]
    public void An_unknown_time_zone_is_refused()
    {
        Problems(t => t["provider"]!["calendar"]!["timeZone"] = "Europe/Atlantis").Should().Equal(
            "$.provider.calendar.timeZone: must be a TZDB time zone id such as \"Europe/Madrid\", was \"Europe/Atlantis\"");
        Problems(t => t["provider"]!["calendar"]!["timeZone"] = "CET+1").Should().ContainSingle().Which.Should().StartWith("$.provider.calendar.timeZone: must be a TZDB time zone id");
    }

    [Fact]
    public void A_key_given_twice_is_refused_where_it_is_given_again()
    {
        Problems(t => t["stages"]![1]!["key"] = "receipts").Should().Equal(
            "$.stages[1].key: Stage keys must be unique, but 'receipts' is already used by the stage \"Send receipts\".");
        Problems(t => t["scope"] = JsonNode.Parse("""{ "deliverables": [{ "key": "report", "name": "Report" }, { "key": "report", "name": "Summary" }] }""")).Should().Equal(
            "$.scope.deliverables[1].key: must be unique, but 'report' is already the key of deliverables[0] (\"Report\")");
        Problems(t => t["client"]!["consequencePolicy"] = JsonNode.Parse("""{ "stages": { "graceBusinessDays": 0, "rules": [] }, "stageOverrides": [{ "stage": "receipts", "ladder": { "graceBusinessDays": 1, "rules": [] } }, { "stage": "receipts", "ladder": { "graceBusinessDays": 2, "rules": [] } }] }""")).Should().Equal(
            "$.client.consequencePolicy.stageOverrides[1].stage: has a ladder already (stageOverrides[0]); a stage may have one override");
    }

    [Fact]
    public void A_property_given_twice_in_one_object_is_refused()
    {
        var template = Minimal.Replace("\"title\": \"Monthly bookkeeping\",", "\"title\": \"Monthly bookkeeping\", \"title\": \"Weekly bookkeeping\",", StringComparison.Ordinal);

        AgreementTemplate.Validate(template).Select(p => p.ToString()).Should().Equal("$.title: appears more than once; a property may be given only once");
    }

    [Fact]
    public void Huge_numbers_are_problems_not_overflows()
    {
        Problems(t => t["stages"]![0]!["durationBusinessDays"] = JsonNode.Parse("99999999999")).Should().Equal("$.stages[0].durationBusinessDays: must be from 1 to 2600, was 99999999999");
        Problems(t => t["stages"]![0]!["price"] = JsonNode.Parse("""{ "amount": 1e400, "currency": "EUR" }""")).Should().Equal(
            "$.stages[0].price.amount: must be a decimal number within ±79228162514264337593543950335, was the number 1e400");
        Problems(t => t["stages"]![0]!["budgetedHours"] = JsonNode.Parse("123456789.5")).Should().Equal("$.stages[0].budgetedHours: must be from 0 to 100000, was 123456789.5");
        Problems(t => t["version"] = JsonNode.Parse("1e3")).Should().Equal("$.version: must be a whole number, was the number 1e3");
    }

    [Fact]
    public void A_value_of_the_wrong_kind_says_what_was_found()
    {
        Problems(t =>
        {
            t["title"] = 42;
            t["stages"]![0]!["responsibilities"] = "none";
            t["client"]!["calendar"]!["workingWeek"] = JsonNode.Parse("[]");
            t["stages"]![1]!["handover"] = true;
            t["meetingPolicy"] = JsonNode.Parse("""{ "defaultLength": 30, "maxLength": "1 hour" }""");
        }).Should().Equal(
            "$.title: must be a string, was the number 42",
            "$.client.calendar.workingWeek: must be an object, was an array",
            "$.stages[0].responsibilities: must be an array, was the string \"none\"",
            "$.stages[1].handover: must be a string, was true",
            "$.meetingPolicy.defaultLength: must be a string, was the number 30",
            "$.meetingPolicy.maxLength: must be an ISO 8601 duration of days, hours, minutes and seconds such as \"PT45M\" or \"P1DT2H\", was \"1 hour\"");
    }

    [Fact]
    public void A_missing_term_is_required_where_it_belongs()
    {
        Problems(t =>
        {
            t.Remove("stages");
            ((JsonObject)t["provider"]!).Remove("calendar");
        }).Should().Equal("$.provider.calendar: is required", "$.stages: is required");
        Problems(t => t["stages"] = new JsonArray()).Should().Equal("$.stages: The agreement must have at least one stage (AddStage).");
    }

    [Fact]
    public void The_history_must_match_the_version()
    {
        var amended = JsonNode.Parse(JsonSerializer.Serialize(AgreementStories.RichAmendedTwice(), ClientBoundariesJsonContext.Default.Agreement))!;
        amended["version"] = 2;
        amended["amendments"]![1]!["version"] = 4;
        amended["amendments"]![0]!["extendedStage"] = "launch";
        amended["amendments"]![0]!["deliverable"] = "logo";

        AgreementTemplate.Validate(amended.ToJsonString()).Select(p => p.ToString()).Should().Equal(
            "$.version: must be 3, one more than the number of amendments (2), was 2",
            "$.amendments[0].extendedStage: must be the key of a stage of the agreement, was 'launch'",
            "$.amendments[0].deliverable: must be the key of a deliverable of the agreement, was 'logo'",
            "$.amendments[1].version: must be 3: the amendments make versions 2, 3 ... in order, was 4");
    }

    [Fact]
    public void Load_throws_with_every_problem_and_nothing_is_half_loaded()
    {
        var template = JsonNode.Parse(Minimal)!;
        template["stages"]![0]!["owner"] = "Nobody";
        template["client"]!["name"] = "";

        var thrown = Assert.Throws<ClientBoundariesJsonException>(() => AgreementTemplate.Load(template.ToJsonString()));

        thrown.Problems.Select(p => p.ToString()).Should().Equal(
            "$.client.name: must not be empty or only white space",
            "$.stages[0].owner: must be one of Provider, Client, was \"Nobody\"");
        thrown.Path.Should().Be("$.client.name");
        thrown.Message.Should().Be(
            "The agreement template cannot be read (2 problems):" + Environment.NewLine
            + "  $.client.name: must not be empty or only white space" + Environment.NewLine
            + "  $.stages[0].owner: must be one of Provider, Client, was \"Nobody\"");
    }

    [Fact]
    public void Malformed_or_empty_documents_are_problems_too()
    {
        AgreementTemplate.Validate("{ \"id\": ").Should().ContainSingle().Which.ToString().Should().StartWith("$: is not valid JSON at line 1");
        AgreementTemplate.Validate("{ /* a comment */ }").Should().ContainSingle().Which.ToString().Should().StartWith("$: is not valid JSON");
        AgreementTemplate.Validate("[]").Select(p => p.ToString()).Should().Equal("$: must be an object, was an array");
        AgreementTemplate.Validate("{}").Select(p => p.ToString()).Should().Equal(
            "$.id: is required", "$.title: is required", "$.provider: is required", "$.client: is required", "$.stages: is required");
    }

    [Fact]
    public void A_null_template_is_a_programming_error()
    {
        Assert.Throws<ArgumentNullException>(() => AgreementTemplate.Load((string)null!)).ParamName.Should().Be("json");
        Assert.Throws<ArgumentNullException>(() => AgreementTemplate.Validate(null!)).ParamName.Should().Be("json");
    }

    [Fact]
    public void A_template_may_name_its_schema()
    {
        var template = JsonNode.Parse(Minimal)!.AsObject();
        template.Insert(0, "$schema", "https://example.com/agreement-template.schema.json");

        AgreementTemplate.Validate(template.ToJsonString()).Should().BeEmpty();
    }

    [Fact]
    public void An_agreement_is_read_inside_the_app_s_own_types_through_the_options()
    {
        var options = new JsonSerializerOptions().ConfigureForClientBoundaries();
        var record = new CrmRecord("rec-1", AgreementStories.Rich());

        var json = JsonSerializer.Serialize(record, options);
        var read = JsonSerializer.Deserialize<CrmRecord>(json, options)!;

        read.Agreement.Should().Be(record.Agreement);
        json.Should().Contain(JsonSerializer.Serialize(record.Agreement, ClientBoundariesJsonContext.Default.Agreement));
    }

    [Fact]
    public void A_bad_agreement_inside_the_app_s_own_types_throws_the_package_exception()
    {
        var options = new JsonSerializerOptions().ConfigureForClientBoundaries();
        var json = """{ "Id": "rec-1", "Agreement": { "id": "a" } }""";

        var thrown = Assert.Throws<ClientBoundariesJsonException>(() => JsonSerializer.Deserialize<CrmRecord>(json, options));

        thrown.Problems.Select(p => p.ToString()).Should().Equal("$.title: is required", "$.provider: is required", "$.client: is required", "$.stages: is required");
    }

    [Fact]
    public void A_template_whose_windows_chase_the_client_loads_with_that_policy()
    {
        var template = JsonNode.Parse(Minimal)!.AsObject();
        template["acceptanceWindows"] = JsonNode.Parse("""{ "whenClosed": "Chases", "stages": [{ "stage": "books", "businessDays": 3 }] }""");

        var windows = AgreementTemplate.Load(template.ToJsonString()).AcceptanceWindows;

        windows.Should().Be(AcceptanceWindows.OnlyForStages(WindowClosingPolicy.Chases).WithStage(new StageKey("books"), 3));
    }

    [Fact]
    public void A_holiday_rule_carries_the_years_a_law_gives_it_and_one_off_removals()
    {
        var template = JsonNode.Parse(Minimal)!.AsObject();
        template["client"]!["calendar"]!["holidays"] = JsonNode.Parse("""
            [{ "kind": "Fixed", "name": "Juneteenth", "month": 6, "day": 19, "observance": "NearestWorkingDay", "firstYear": 2021 },
             { "kind": "LastWeekday", "name": "Spring bank holiday", "month": 5, "dayOfWeek": "Monday", "exceptYears": [2022, 2012] },
             { "kind": "Once", "name": "Spring bank holiday", "date": "2022-06-02" },
             { "kind": "Fixed", "name": "Memorial Day", "month": 5, "day": 30, "lastYear": 1970 }]
            """);

        var holidays = AgreementTemplate.Load(template.ToJsonString()).Client.Calendar.Holidays;

        holidays.Should().Equal(
            HolidayRule.Fixed(6, 19, "Juneteenth").ObservedOn(HolidayObservance.NearestWorkingDay).From(2021),
            HolidayRule.LastWeekday(5, IsoDayOfWeek.Monday, "Spring bank holiday").ExceptIn(2012).ExceptIn(2022),
            HolidayRule.Once(new LocalDate(2022, 6, 2), "Spring bank holiday"),
            HolidayRule.Fixed(5, 30, "Memorial Day").Until(1970));
    }

    [Fact]
    public void Years_a_rule_cannot_have_are_problems_at_their_paths()
    {
        Problems(t => t["client"]!["calendar"]!["holidays"] = JsonNode.Parse("""
            [{ "kind": "Fixed", "name": "Old", "month": 5, "day": 30, "firstYear": 1980, "lastYear": 1970 },
             { "kind": "Fixed", "name": "Skipped", "month": 5, "day": 30, "exceptYears": [2022, 0] },
             { "kind": "Once", "name": "Jubilee", "date": "2022-06-03", "firstYear": 2022 }]
            """)).Should().Equal(
            "$.client.calendar.holidays[0].lastYear: Must be between 1980 and 9999 inclusive, was 1970.",
            "$.client.calendar.holidays[1].exceptYears[1]: must be from 1 to 9999, was 0",
            "$.client.calendar.holidays[2].firstYear: is not a known property here (known: date, kind, name, observance)");
    }

    private static string[] Problems(Action<JsonObject> change)
    {
        var template = JsonNode.Parse(Minimal)!.AsObject();
        change(template);
        return AgreementTemplate.Validate(template.ToJsonString()).Select(p => p.ToString()).ToArray();
    }

    public sealed record CrmRecord(string Id, Agreement Agreement);

    [Fact]
    public void A_broken_property_name_where_a_rule_s_path_is_looked_up_is_still_a_problem_not_a_crash()
    {
        // The milestone names a stage the agreement lacks, so its path is looked up in the document; the lookup
        // (JsonElement.TryGetProperty) decoded the broken names around "stage" and threw InvalidOperationException.
        var template = Minimal.TrimEnd().TrimEnd('}') + """
              ,"paymentTerms": {
                "total": { "amount": 1000, "currency": "EUR" }, "deposit": { "percent": 30 },
                "milestones": [{ "\uD800": 1, "stage": "nope", "amount": { "percent": 40 }, "\uDC00": 2 }]
              }
            }
            """;

        AgreementTemplate.Validate(template).Select(p => p.ToString()).Should().Equal(
            "$.paymentTerms.milestones[0]: has a property whose name is not Unicode text (its bytes are not UTF-8, or it has a lone surrogate in it)",
            "$.paymentTerms.milestones[0]: has a property whose name is not Unicode text (its bytes are not UTF-8, or it has a lone surrogate in it)",
            "$.paymentTerms.milestones: The milestone payment of 40% of the total price is tied to stage 'nope', which the agreement does not have.");
    }

    [Fact]
    public void A_total_near_the_largest_decimal_is_read_not_an_overflow()
    {
        // Working out its 30% deposit threw OverflowException out of AgreementTemplate.Load (the core's Money.Percent).
        var template = Minimal.TrimEnd().TrimEnd('}') + """
              ,"paymentTerms": { "total": { "amount": 1e28, "currency": "EUR" }, "deposit": { "percent": 30 } }
            }
            """;

        var agreement = AgreementTemplate.Load(template);

        agreement.PaymentTerms!.DepositAmount.Should().Be(new Money(3_000_000_000_000_000_000_000_000_000m, "EUR"));
        AgreementRoundTripTests.AssertRoundTrips(agreement);
    }
}
