using SecChange.Application.Hosting;
using System.CommandLine;
using NodaTime;
using SecChange.Application.Calendar;
using SecChange.Application.Exchange;
using SecChange.Application.Queries;
using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Application.Releases;
using SecChange.Application.Views;
using SecChange.Cli.Rendering;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Domain.Releases;

namespace SecChange.Cli.Commands;

/// <summary>Setting up a database, and a short guided tour of the sample register.</summary>
public sealed class TourCommands(CliRuntime runtime) : CommandGroup(runtime)
{
    public override IEnumerable<Command> Build()
    {
        var init = new Command("init", "Create or upgrade the database schema");
        var sample = new Option<bool>("--sample") { Description = "Load the sample register (the seed documents' modifications) into an empty database" };
        init.Options.Add(sample);
        yield return WithAction(init, GlobalUse.Register, async (parse, ct) =>
        {
            await Runtime.OpenRegisterAsync(parse, ct);
            Runtime.Output.WriteLine($"Database ready: {Runtime.Storage(parse).Describe()}");
            if (parse.GetValue(sample))
            {
                await LoadSampleAsync(parse, ct);
            }
        });

        var tour = new Command("tour", "Open the register (loading the sample on first start) and show what SecChange does");
        yield return WithAction(tour, GlobalUse.Register, async (parse, ct) =>
        {
            var queries = await Runtime.ServiceAsync<RegisterQueries>(parse, ct);
            var console = Runtime.Console;
            Runtime.Output.WriteLine($"SecChange: the Smart Energy Code Modification Register ({Runtime.Storage(parse).Describe()})");
            var all = await queries.ListAsync(new RegisterFilter(), ct);
            if (all.Count == 0)
            {
                await LoadSampleAsync(parse, ct);
                all = await queries.ListAsync(new RegisterFilter(), ct);
            }

            Runtime.Output.WriteLine();
            Runtime.Output.WriteLine("Proposals in each stage:");
            var stages = Render.Table("Stage", "Count");
            foreach (var g in all.GroupBy(s => s.Stage).OrderBy(g => g.Key)) stages.Row(g.Key, g.Count());
            console.Write(stages);

            Runtime.Output.WriteLine("The register (secchange list):");
            Render.Summaries(console, all);

            if (all.Any(s => s.Id == ModificationId.Parse("MP105")))
            {
                Runtime.Output.WriteLine();
                Runtime.Output.WriteLine("One modification with its dated timeline (secchange show MP105):");
                var mp105 = await queries.ViewAsync("MP105", Runtime.Today, ct);
                Render.Modification(console, mp105);

                Runtime.Output.WriteLine();
                Runtime.Output.WriteLine("The implementation-date rule (secchange release next --ref MP105 --decided-on ...):");
                var releases = await Runtime.ServiceAsync<ReleaseService>(parse, ct);
                foreach (var date in new[] { new LocalDate(2021, 2, 4), new LocalDate(2021, 2, 5) })
                {
                    var release = (await releases.NextReleaseForAsync("MP105", date, ct: ct)).Release;
                    Runtime.Output.WriteLine($"  approved on {Render.Date(date)} -> {release?.Name ?? "no defined release"}" +
                        (release is null ? "" : $" ({Render.Date(release.Date)})"));
                }
            }

            var calendar = await (await Runtime.ServiceAsync<CalendarService>(parse, ct)).CalendarAsync(ct);
            Runtime.Output.WriteLine();
            Runtime.Output.WriteLine($"Working Days (secchange calendar between 2020-09-14 2020-10-05): " +
                $"{calendar.WorkingDaysBetween(new LocalDate(2020, 9, 14), new LocalDate(2020, 10, 5))} WD in MP105's Refinement Consultation.");
            Runtime.Output.WriteLine();
            Runtime.Output.WriteLine("Next: secchange --help; secchange list --stage refine; secchange assessment list --as-at 2020-08-03;");
            Runtime.Output.WriteLine("      secchange meeting show \"CSC 11\"; secchange action list --open; secchange dcc compare --devices 100000;");
            Runtime.Output.WriteLine("      secchange raise --title \"...\" --proposer \"...\" --party \"...\"; secchange export register.json");
        });
    }

    private async Task LoadSampleAsync(ParseResult parse, CancellationToken ct)
    {
        var service = await Runtime.ServiceAsync<RegisterExchange>(parse, ct);
        var document = ReferenceData.SampleRegister();
        var count = await service.ImportAsync(document, SampleRegister.Loader, ct);
        Runtime.Output.WriteLine($"Loaded the sample register: {count} modifications from the seed documents, " +
            $"{document.Parties.Count} parties, {document.Releases.Count} releases.");
    }
}
