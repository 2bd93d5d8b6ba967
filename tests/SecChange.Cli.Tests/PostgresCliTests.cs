using SecChange.Testing;

namespace SecChange.Cli.Tests;

/// <summary>The CLI against a real PostgreSQL server (SECCHANGE_TEST_POSTGRES; required when CI=true).</summary>
public class PostgresCliTests
{
    [PostgresFact]
    public async Task Tour_WhenOnPostgres_LoadsTheSampleAndTakesSteps()
    {
        var connection = await TestSchemas.CreateAsync("cli");
        var cli = new CliHarness();

        (await cli.OkAsync("tour", "--postgres", connection)).Output.ShouldContain("PostgreSQL");
        await cli.OkAsync("wg-meeting", "MP105", "--on", "2020-11-04", "--postgres", connection);

        (await cli.OkAsync("list", "--release", "2020-11", "--postgres", connection)).Output.ShouldContain("13 modifications");
        (await cli.OkAsync("show", "MP105", "--postgres", connection)).Output.ShouldContain("4 Nov 2020");
    }
}
