namespace SecChange.Cli.Tests;

public class TourTests
{
    [Fact]
    public async Task Tour_WhenDatabaseIsNew_LoadsTheSampleAndShowsMp105AndTheReleaseRule()
    {
        var cli = new CliHarness();

        var result = await cli.OkAsync("tour");

        result.Output.ShouldContain("Loaded the sample register: 51 modifications");
        result.Output.ShouldContain("MP105");
        result.Output.ShouldContain("approved on 4 Feb 2021 -> November 2021 SEC Release (4 Nov 2021)");
        result.Output.ShouldContain("approved on 5 Feb 2021 -> November 2022 SEC Release (3 Nov 2022)");
        result.Output.ShouldContain("15 WD in MP105's Refinement Consultation");
    }

    [Fact]
    public async Task Tour_WhenRunAgain_DoesNotLoadTheSampleTwice()
    {
        var cli = new CliHarness();
        await cli.OkAsync("tour");

        var again = await cli.OkAsync("tour");

        again.Output.ShouldNotContain("Loaded the sample register");
        (await cli.OkAsync("list")).Output.ShouldContain("51 modifications");
    }
}
