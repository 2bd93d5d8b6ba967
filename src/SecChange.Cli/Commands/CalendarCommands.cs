using System.CommandLine;
using SecChange.Application.Calendar;
using SecChange.Cli.Rendering;
using SecChange.Domain.Calendar;
using SecChange.Domain.Errors;
using SecChange.Domain.Process;
using static SecChange.Cli.OptionParsers;

namespace SecChange.Cli.Commands;

/// <summary>The Working Day calendar (England and Wales bank holidays with overrides).</summary>
public sealed class CalendarCommands(CliRuntime runtime) : CommandGroup(runtime)
{
    public override IEnumerable<Command> Build()
    {
        var group = new Command("calendar", "Working Days: Monday to Friday less England and Wales bank holidays");

        var between = new Command("between", "Working Days after FROM up to and including TO");
        var from = DateArgument("from", "Start date");
        var to = DateArgument("to", "End date");
        between.Arguments.Add(from);
        between.Arguments.Add(to);
        group.Subcommands.Add(WithAction(between, Reads, async (parse, ct) =>
        {
            var calendar = await CalendarAsync(parse, ct);
            var (a, b) = (parse.GetValue(from)!.Value, parse.GetValue(to)!.Value);
            var days = calendar.WorkingDaysBetween(a, b);
            if (Runtime.Json(parse)) Render.Json(Runtime.Output, new { from = a, to = b, workingDays = days });
            else Runtime.Output.WriteLine($"{days} Working Days from {Render.Date(a)} to {Render.Date(b)}");
        }));

        var add = new Command("add", "The date N Working Days after (or, negative, before) a date; day 1 is the next working day");
        var start = DateArgument("date", "Start date");
        var count = new Argument<int>("days") { Description = "Working Days to add" };
        add.Arguments.Add(start);
        add.Arguments.Add(count);
        group.Subcommands.Add(WithAction(add, Reads, async (parse, ct) =>
        {
            var calendar = await CalendarAsync(parse, ct);
            var result = calendar.AddWorkingDays(parse.GetValue(start)!.Value, parse.GetValue(count));
            if (Runtime.Json(parse)) Render.Json(Runtime.Output, new { date = result });
            else Runtime.Output.WriteLine($"{Render.Date(result)} ({result.DayOfWeek})");
        }));

        var holidays = new Command("holidays", "List the bank holidays of a year");
        var year = new Option<int?>("--year") { Description = "The year (default: this year)" };
        holidays.Options.Add(year);
        group.Subcommands.Add(WithAction(holidays, Reads, async (parse, ct) =>
        {
            var calendar = await CalendarAsync(parse, ct);
            var y = parse.GetValue(year) ?? Runtime.Today.Year;
            if (y < calendar.First.Year || y > calendar.Last.Year)
            {
                throw DomainException.Invalid($"The bank-holiday data covers {calendar.First.Year} to {calendar.Last.Year}, not {y}: {WorkingDayCalendar.HowToExtend}");
            }

            var list = calendar.Holidays.Where(h => h.Date.Year == y && !calendar.IsWorkingDay(h.Date)).ToList();
            var extra = calendar.Overrides.Where(o => o.Date.Year == y).ToList();
            if (Runtime.Json(parse))
            {
                Render.Json(Runtime.Output, new { year = y, holidays = list, overrides = extra });
                return;
            }

            var table = Render.Table("Date", "Day", "Holiday", "Notes");
            foreach (var h in list) table.Row(h.Date, h.Date.DayOfWeek, h.Title, h.Notes);
            foreach (var o in extra) table.Row(o.Date, o.Date.DayOfWeek, o.IsWorkingDay ? "(override: working day)" : "(override: holiday)", o.Reason);
            Runtime.Console.Write(table);
        }));

        var over = new Command("override", "Make a date a holiday or a working day (an administrator's correction)");
        var date = DateArgument("date", "The date");
        var working = new Option<bool>("--working") { Description = "Make it a working day (default: a holiday)" };
        var reason = new Option<string>("--reason") { Description = "Why", Required = true };
        over.Arguments.Add(date);
        over.Options.Add(working);
        over.Options.Add(reason);
        group.Subcommands.Add(WithAction(over, GlobalUse.Register | GlobalUse.Actor, async (parse, ct) =>
        {
            var service = await Runtime.ServiceAsync<CalendarService>(parse, ct);
            var o = new CalendarOverride(parse.GetValue(date)!.Value, parse.GetValue(working), parse.GetValue(reason)!);
            await service.AddCalendarOverrideAsync(o, Runtime.Actor(parse, ActorRole.Secas), ct);
            Runtime.Output.WriteLine($"{Render.Date(o.Date)} is now a {(o.IsWorkingDay ? "working day" : "non-working day")}.");
        }));
        group.Subcommands.Add(ImportCommand());
        return [group];
    }

    private Command ImportCommand()
    {
        var command = new Command("import",
            "Import bank holidays from a GOV.UK bank-holidays JSON file (England and Wales division only); " +
            "the years it holds replace those years and extend the calendar (SECAS only)");
        var file = new Argument<string>("file") { Description = "The GOV.UK bank-holidays JSON file (as https://www.gov.uk/bank-holidays.json)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and show what would change, writing nothing" };
        command.Arguments.Add(file);
        command.Options.Add(dryRun);
        return WithAction(command, Acts, async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var json = await ReadLimitedAsync(path, ct);
            var service = await Runtime.ServiceAsync<BankHolidayImportService>(parse, ct);
            var result = await service.ImportAsync(json, Path.GetFileName(path), Runtime.Actor(parse, ActorRole.Secas), parse.GetValue(dryRun), ct);
            if (Runtime.Json(parse))
            {
                Render.Json(Runtime.Output, new { result.Source, result.FirstYear, result.LastYear, result.Holidays, result.Changes,
                    result.CoversFrom, result.CoversTo, dryRun = parse.GetValue(dryRun) });
                return;
            }

            Runtime.Output.WriteLine($"{(parse.GetValue(dryRun) ? "Would import" : "Imported")} {result.Holidays} England and Wales bank holidays for {result.Years} from {path} (other divisions in the file are not used):");
            foreach (var change in result.Changes) Runtime.Output.WriteLine($"  {change.Describe()}");
            Runtime.Output.WriteLine(parse.GetValue(dryRun)
                ? "Nothing was written."
                : $"Working Days can now be counted from {Render.Date(result.CoversFrom)} to {Render.Date(result.CoversTo)}.");
        });
    }

    private static async Task<string> ReadLimitedAsync(string path, CancellationToken ct)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw DomainException.NotFound($"There is no file {path}.");
        }

        if (info.Length > BankHolidayImport.MaxCharacters)
        {
            throw DomainException.Invalid($"{path} is {info.Length:N0} bytes; a GOV.UK bank-holidays file is far smaller (at most {BankHolidayImport.MaxCharacters:N0}).");
        }

        return await File.ReadAllTextAsync(path, ct);
    }

    private async Task<WorkingDayCalendar> CalendarAsync(ParseResult parse, CancellationToken ct) =>
        await (await Runtime.ServiceAsync<CalendarService>(parse, ct)).CalendarAsync(ct);
}
