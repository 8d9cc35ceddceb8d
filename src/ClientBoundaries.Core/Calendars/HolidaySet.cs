using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using ClientBoundaries.Primitives;
using NodaTime;

namespace ClientBoundaries.Calendars;

/// <summary>
/// A published set of public holidays, as the rules that give its dates in every year, ready for a
/// <see cref="BusinessCalendar"/>: <c>new BusinessCalendar(zone, WorkingWeek.MondayToFriday(), HolidaySet.UnitedStatesFederal)</c>.
/// </summary>
/// <remarks>
/// <para>Three sets ship with the library, each checked against its published tables: <see cref="UnitedStatesFederal"/>,
/// <see cref="EnglandAndWales"/> and <see cref="SpainNational"/>. A region or a company adds its own days with
/// <see cref="With"/>; a country whose holidays follow the moon or a decree each year publishes them as a list or an
/// iCalendar file, which a host reads and adds as <see cref="HolidayRule.Once"/> rules (see the README, "Holidays from a published calendar").</para>
/// <para>Each set is a rule list, so a law that changes is one rule that ends and another that starts
/// (<see cref="HolidayRule.From"/>, <see cref="HolidayRule.Until"/>), and a day moved by decree for one year is an
/// exception (<see cref="HolidayRule.ExceptIn"/>) plus a one-off date. A set holds what is known when the library is
/// built: a holiday declared later is added with <see cref="With"/> until a release carries it.</para>
/// <para>A set is known by where its dates are published (<see cref="Source"/>), not by a name: the holidays carry the
/// names their publisher gives them, in its language. Immutable and thread-safe; equal when the source and the rules are equal.</para>
/// </remarks>
public sealed class HolidaySet : IReadOnlyList<HolidayRule>, IEquatable<HolidaySet>
{
    private readonly ValueList<HolidayRule> _rules;

    private HolidaySet(string source, ValueList<HolidayRule> rules)
    {
        Source = source;
        _rules = rules;
    }

    /// <summary>
    /// The United States federal holidays (5 U.S.C. 6103), with the federal observance: a holiday on a Saturday is
    /// observed on the Friday before, one on a Sunday on the Monday after (<see cref="HolidayObservance.NearestWorkingDay"/>),
    /// so New Year's Day on a Saturday is observed on 31 December of the year before.
    /// </summary>
    /// <remarks>
    /// Source: the U.S. Office of Personnel Management's federal holiday tables
    /// (https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/). The Monday holidays of the Uniform Monday
    /// Holiday Act from 1971 (their fixed dates before), Veterans Day on the fourth Monday of October from 1971 to 1977,
    /// the Birthday of Martin Luther King, Jr. from 1986 and Juneteenth from 2021. Inauguration Day (for the Washington
    /// area only, every four years) and days off granted by executive order for one year are not in the set.
    /// </remarks>
    public static HolidaySet UnitedStatesFederal { get; } = Of(
        "https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/",
        HolidayObservance.NearestWorkingDay,
        HolidayRule.Fixed(1, 1, "New Year's Day"),
        HolidayRule.NthWeekday(1, 3, IsoDayOfWeek.Monday, "Birthday of Martin Luther King, Jr.").From(1986),
        HolidayRule.Fixed(2, 22, "Washington's Birthday").Until(1970),
        HolidayRule.NthWeekday(2, 3, IsoDayOfWeek.Monday, "Washington's Birthday").From(1971),
        HolidayRule.Fixed(5, 30, "Memorial Day").Until(1970),
        HolidayRule.LastWeekday(5, IsoDayOfWeek.Monday, "Memorial Day").From(1971),
        HolidayRule.Fixed(6, 19, "Juneteenth National Independence Day").From(2021),
        HolidayRule.Fixed(7, 4, "Independence Day"),
        HolidayRule.NthWeekday(9, 1, IsoDayOfWeek.Monday, "Labor Day"),
        HolidayRule.Fixed(10, 12, "Columbus Day").From(1937).Until(1970),
        HolidayRule.NthWeekday(10, 2, IsoDayOfWeek.Monday, "Columbus Day").From(1971),
        HolidayRule.Fixed(11, 11, "Veterans Day").Until(1970),
        HolidayRule.NthWeekday(10, 4, IsoDayOfWeek.Monday, "Veterans Day").From(1971).Until(1977),
        HolidayRule.Fixed(11, 11, "Veterans Day").From(1978),
        HolidayRule.NthWeekday(11, 4, IsoDayOfWeek.Thursday, "Thanksgiving Day"),
        HolidayRule.Fixed(12, 25, "Christmas Day"));

    /// <summary>
    /// The bank holidays of England and Wales, with their substitute days: a holiday on a Saturday or a Sunday is
    /// taken on the next working day not already a holiday (<see cref="HolidayObservance.NextWorkingDay"/>), so a
    /// Christmas on a Saturday gives Monday 27 and Tuesday 28 December. Scotland and Northern Ireland add their own.
    /// </summary>
    /// <remarks>
    /// Source: GOV.UK, "UK bank holidays" (https://www.gov.uk/bank-holidays), checked for 2018 to 2027. The one-off days
    /// since 1999 are in: the millennium (31 December 1999), the Golden Jubilee (3 June 2002, the spring bank holiday
    /// moved to 4 June), the royal wedding (29 April 2011), the Diamond Jubilee (5 June 2012, spring bank holiday 4 June),
    /// VE Day (the early May bank holiday moved to Friday 8 May 2020), the Platinum Jubilee (3 June 2022, spring bank
    /// holiday 2 June), the state funeral of Queen Elizabeth II (19 September 2022) and the coronation of King Charles
    /// III (8 May 2023). New Year's Day is a bank holiday from 1974, the early May bank holiday from 1978.
    /// </remarks>
    public static HolidaySet EnglandAndWales { get; } = Of(
        "https://www.gov.uk/bank-holidays",
        HolidayObservance.NextWorkingDay,
        HolidayRule.Fixed(1, 1, "New Year's Day").From(1974),
        HolidayRule.EasterRelative(-2, "Good Friday"),
        HolidayRule.EasterRelative(1, "Easter Monday"),
        HolidayRule.NthWeekday(5, 1, IsoDayOfWeek.Monday, "Early May bank holiday").From(1978).ExceptIn(2020),
        HolidayRule.Once(new LocalDate(2020, 5, 8), "Early May bank holiday (VE day)"),
        HolidayRule.LastWeekday(5, IsoDayOfWeek.Monday, "Spring bank holiday").From(1971).ExceptIn(2002).ExceptIn(2012).ExceptIn(2022),
        HolidayRule.Once(new LocalDate(2002, 6, 4), "Spring bank holiday"),
        HolidayRule.Once(new LocalDate(2012, 6, 4), "Spring bank holiday"),
        HolidayRule.Once(new LocalDate(2022, 6, 2), "Spring bank holiday"),
        HolidayRule.LastWeekday(8, IsoDayOfWeek.Monday, "Summer bank holiday").From(1971),
        HolidayRule.Fixed(12, 25, "Christmas Day"),
        HolidayRule.Fixed(12, 26, "Boxing Day"),
        HolidayRule.Once(new LocalDate(1999, 12, 31), "Millennium celebrations"),
        HolidayRule.Once(new LocalDate(2002, 6, 3), "Golden Jubilee bank holiday"),
        HolidayRule.Once(new LocalDate(2011, 4, 29), "Royal wedding"),
        HolidayRule.Once(new LocalDate(2012, 6, 5), "Queen's Diamond Jubilee"),
        HolidayRule.Once(new LocalDate(2022, 6, 3), "Platinum Jubilee bank holiday"),
        HolidayRule.Once(new LocalDate(2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II"),
        HolidayRule.Once(new LocalDate(2023, 5, 8), "Bank holiday for the coronation of King Charles III"));

    /// <summary>
    /// The national holidays of Spain, common to every autonomous community; a holiday on a Sunday stays there (each
    /// community decides whether to move it to the Monday, and adds its own days: its national day, Holy Thursday,
    /// and two local days per town).
    /// </summary>
    /// <remarks>
    /// Source: the yearly resolution of the Dirección General de Trabajo publishing the "fiestas laborales" in the
    /// Boletín Oficial del Estado each autumn for the year after (https://www.boe.es/), checked for 2022 to 2026; Real
    /// Decreto 2001/1983, article 45, for the days themselves.
    /// </remarks>
    public static HolidaySet SpainNational { get; } = Of(
        "https://www.boe.es/",
        HolidayObservance.None,
        HolidayRule.Fixed(1, 1, "Año Nuevo"),
        HolidayRule.Fixed(1, 6, "Epifanía del Señor"),
        HolidayRule.EasterRelative(-2, "Viernes Santo"),
        HolidayRule.Fixed(5, 1, "Fiesta del Trabajo"),
        HolidayRule.Fixed(8, 15, "Asunción de la Virgen"),
        HolidayRule.Fixed(10, 12, "Fiesta Nacional de España"),
        HolidayRule.Fixed(11, 1, "Todos los Santos"),
        HolidayRule.Fixed(12, 6, "Día de la Constitución Española"),
        HolidayRule.Fixed(12, 8, "Inmaculada Concepción"),
        HolidayRule.Fixed(12, 25, "Natividad del Señor"));

    /// <summary>Where its dates are published, to check a year against.</summary>
    public string Source { get; }

    /// <summary>How many rules the set has.</summary>
    public int Count => _rules.Count;

    /// <summary>The rule at an index, in the set's order.</summary>
    /// <param name="index">The index.</param>
    public HolidayRule this[int index] => _rules[index];

    /// <summary>The same set with one more rule: a region's holiday, a company's day off, a day declared after the release.</summary>
    /// <param name="rule">The rule to add.</param>
    /// <returns>The new set, with the same source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public HolidaySet With(HolidayRule rule) => new(Source, new ValueList<HolidayRule>(_rules.Append(Preconditions.CheckNotNull(rule, nameof(rule)))));

    /// <summary>Enumerates the rules in the set's order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<HolidayRule> GetEnumerator() => _rules.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether the other set has the same source and rules.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(HolidaySet? other) => other is not null && Source == other.Source && _rules.Equals(other._rules);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as HolidaySet);

    /// <inheritdoc/>
    public override int GetHashCode() => (Source, _rules).GetHashCode();

    /// <summary>"Holiday set published at https://www.gov.uk/bank-holidays (19 rules)".</summary>
    /// <returns>The set as text, for logs.</returns>
    public override string ToString() => Sentences.English("value.holiday-set", new[] { Fact.Of("set", this) });

    private static HolidaySet Of(string source, HolidayObservance observance, params HolidayRule[] rules)
    {
        var observed = new List<HolidayRule>(rules.Length);
        foreach (var rule in rules)
        {
            // One-off days are the dates decreed: they never move.
            observed.Add(rule is HolidayRule.SingleDate ? rule : rule.ObservedOn(observance));
        }

        return new HolidaySet(source, new ValueList<HolidayRule>(observed));
    }
}
