// Holidays that follow the moon or a decree: Indonesia and Malaysia set each year's public holidays by decree and publish
// them as a list or an iCalendar file, which no rule can compute. A host reads such a file with Ical.Net and adds each
// date as a one-off holiday (HolidayRule.Once) to the party's BusinessCalendar. Ical.Net stays in the host: the core
// library never depends on it, so a Dataverse plugin does not have to carry it.
//
// The file read by default, indonesia-2026-example.ics, is an EXAMPLE made for this sample, not an official list; two of
// its entries are wrong on purpose, to show how a file's problems are reported.
//
// Run with: dotnet run --project samples/ImportedHolidays [-- path/to/holidays.ics]
// On a terminal its sentences wrap at the terminal's width; redirected to a file or a pipe, each is one line.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.Serialization;
using System.Text;
using ClientBoundaries.Calendars;
using ClientBoundaries.Samples;
using NodaTime;
using NodaTime.Text;

Console.OutputEncoding = Encoding.UTF8;
var example = Path.Combine(AppContext.BaseDirectory, "indonesia-2026-example.ics");
var path = args.Length > 0 ? args[0] : example;
var dates = LocalDatePattern.Create("dddd d MMMM uuuu", CultureInfo.InvariantCulture);

Ical.Net.Calendar file;
try
{
    file = Ical.Net.Calendar.Load(File.ReadAllText(path, Encoding.UTF8)) ?? throw new SerializationException("it holds no VCALENDAR");
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or SerializationException or ArgumentException)
{
    // A file that cannot be read stops the import: a calendar with some of a year's holidays silently missing is worse.
    Console.Error.WriteLine($"Cannot read {path}: {e.Message}");
    return 1;
}

Say($"Reading {Path.GetFileName(path)}: {file.Properties["X-WR-CALNAME"]?.Value ?? "(no name)"}");
if (path == example)
{
    Say("This file is an EXAMPLE made for this sample, not an official list: import the list your country publishes.");
}

// Each all-day event is a holiday, each day of a multi-day one its own one-off rule. An event that is not a whole day,
// or has no date, is named and skipped: the rest of the file is still good.
var holidays = new List<HolidayRule>();
foreach (var entry in file.Events.OrderBy(e => e.Start?.Value ?? DateTime.MaxValue))
{
    var name = (string.IsNullOrWhiteSpace(entry.Summary) ? entry.Uid : entry.Summary.Trim()) ?? "(untitled)";
    var problem = entry.Start is null ? (entry.Properties["DTSTART"] is null ? "it has no date (DTSTART)" : "its date (DTSTART) cannot be read")
        : entry.Start.HasTime ? $"it has a time ({entry.Start.Value.ToString("HH:mm", CultureInfo.InvariantCulture)} {entry.Start.TzId}), not a whole day"
        : entry.RecurrenceRule is not null ? "it repeats (RRULE), where a published list names each date"
        : string.Equals(entry.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase) ? "it is cancelled"
        : entry.EffectiveDuration.HasTime ? "its length is in hours, not days"
        : null;
    if (problem is not null)
    {
        Console.WriteLine($"  Skipped \"{name}\": {problem}.");
        continue;
    }

    var first = LocalDate.FromDateOnly(entry.Start!.Date);
    var days = Math.Max(1, (entry.EffectiveDuration.Weeks ?? 0) * 7 + (entry.EffectiveDuration.Days ?? 0));
    var last = first.PlusDays(days - 1);
    for (var day = first; day <= last; day = day.PlusDays(1))
    {
        holidays.Add(HolidayRule.Once(day, name));
    }

    Console.WriteLine(days == 1 ? $"  {dates.Format(first)}: {name}" : $"  {dates.Format(first)} to {dates.Format(last)}: {name}");
}

Say($"Imported {holidays.Count} holiday dates.");

// The same Jakarta office, Monday to Friday, without and with the imported dates.
var jakarta = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];
var without = new BusinessCalendar(jakarta, WorkingWeek.MondayToFriday());
var with = new BusinessCalendar(jakarta, WorkingWeek.MondayToFriday(), holidays);

var start = new LocalDate(2026, 3, 16);
var due = with.AddBusinessDays(start, 10);
Terminal.Blank();
Say("A Jakarta office, Monday to Friday:");
Say($"10 business days after {dates.Format(start)}: {dates.Format(without.AddBusinessDays(start, 10))} without the imported holidays, {dates.Format(due)} with them.");
Say($"Its days off from {dates.Format(start)} to {dates.Format(due)}:");
foreach (var off in with.DaysOff(new DateInterval(start, due)))
{
    Terminal.Say($"{dates.Format(off.Date)}: {off.Reason}");
}

var yearBefore = new LocalDate(2025, 12, 31);
var yearEnd = new LocalDate(2026, 12, 31);
Say($"Business days in 2026: {without.BusinessDaysBetween(yearBefore, yearEnd)} without the imported holidays, {with.BusinessDaysBetween(yearBefore, yearEnd)} with them.");
return 0;

// A sentence from the margin, wrapped at the terminal's width (whole when redirected).
static void Say(string text) => Terminal.Say(text, indent: 0);
