using System.CommandLine;
using NodaTime;
using SecChange.Application.AsAt;

namespace SecChange.Cli;

/// <summary>What the read commands need to show the register as at a date.</summary>
public static class AsAtRuntime
{
    /// <summary>The as-at queries over the chosen database.</summary>
    public static Task<RegisterAsAt> AsAtAsync(this CliRuntime runtime, ParseResult parse, CancellationToken ct) =>
        runtime.ServiceAsync<RegisterAsAt>(parse, ct);

    /// <summary>
    /// --as-at DATE: the register as it stood at the end of that day. <paramref name="oldName"/> keeps the
    /// name a command used before (--as-of), which only moved the date durations were counted to.
    /// </summary>
    public static Option<LocalDate?> AsAtOption(string? oldName = null)
    {
        var option = OptionParsers.DateOption("--as-at",
            "Show the register as it stood at the end of this day: only steps dated by then, durations counted to it" +
            (oldName is null ? "" : $"; {oldName} is the old name"));
        option.HelpName = "date";
        if (oldName is not null)
        {
            option.Aliases.Add(oldName);
        }

        return option;
    }
}
