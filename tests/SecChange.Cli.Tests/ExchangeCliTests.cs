using System.Text.Json;
using SecChange.Application.Json;
using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Domain.Parties;

namespace SecChange.Cli.Tests;

public class ExchangeCliTests
{
    private static string Write(RegisterDocument document)
    {
        var file = Scratch.File("secchange-import", ".json");
        File.WriteAllText(file, JsonSerializer.Serialize(document, RegisterJson.Indented));
        return file;
    }

    [Fact]
    public async Task ImportDryRun_WhenTheFileHoldsAModificationTwice_FailsAsTheImportDoesAndWritesNothing()
    {
        var sample = ReferenceData.SampleRegister();
        var file = Write(sample with { Modifications = [.. sample.Modifications, sample.Modifications[0]] });
        var cli = new CliHarness();

        var dry = await cli.RunAsync("import", file, "--dry-run");
        var real = await cli.RunAsync("import", file);

        (dry.ExitCode, dry.Error).ShouldBe((real.ExitCode, real.Error));
        dry.ExitCode.ShouldBe(2);
        dry.Error.ShouldContain($"holds {sample.Modifications[0].Id} more than once");
        (await cli.OkAsync("list")).Output.ShouldContain("0 modifications");
    }

    [Fact]
    public async Task ImportDryRun_WhenTheModificationsAreAlreadyInTheRegister_Fails()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");
        var file = Scratch.File("secchange-export", ".json");
        await cli.OkAsync("export", file);

        var dry = await cli.RunAsync("import", file, "--dry-run");

        dry.ExitCode.ShouldBe(2);
        dry.Error.ShouldContain("is already in the register; nothing was imported");
    }

    [Fact]
    public async Task Import_WhenAPartyIsHeldWithOtherDetails_ExitsWithAConflictUnlessReplaceIsGiven()
    {
        var cli = new CliHarness();
        await cli.OkAsync("import", Write(new RegisterDocument { Parties = [new Party("E.ON", PartyCategory.LargeSupplier)] }));
        var changed = Write(new RegisterDocument { Parties = [new Party("E.ON", PartyCategory.SmallSupplier)] });

        var refused = await cli.RunAsync("import", changed);
        await cli.OkAsync("import", changed, "--replace");

        refused.ExitCode.ShouldBe(4);
        refused.Error.ShouldContain("party E.ON is already in the register with other details");
        refused.Error.ShouldContain("replacing existing entries");
        (await cli.OkAsync("party", "list", "--json")).Output.ShouldContain("SmallSupplier");
    }

    [Fact]
    public async Task Reproject_WhenTheRegisterIsCurrent_RebuildsEveryRowAndReportsNoChange()
    {
        var cli = new CliHarness();
        await cli.OkAsync("init", "--sample");

        var result = await cli.OkAsync("reproject");

        result.Output.ShouldBe($"Rebuilt the list rows of {ReferenceData.SampleRegister().Modifications.Count} modifications from their events; 0 changed.{Environment.NewLine}");
        (await cli.OkAsync("audit", "register")).Output.ShouldContain("reproject");
    }
}
