using Microsoft.Extensions.Configuration;
using SecChange.Dcc.Cluster;

namespace SecChange.Dcc.Endpoint.Tests;

/// <summary>The endpoint and the cluster's partitions read one "Duis:Modifications" setting, so unset it must mean the same to both.</summary>
public class ModificationsSettingTests
{
    [Fact]
    public void Defaults_WhenConfigurationNamesNoModifications_EndpointAndPartitionsRunTheSame()
    {
        new DccClusterOptions().Modifications.ShouldBe(new DuisEndpointOptions().Modifications);
    }

    [Fact]
    public void Defaults_WhenConfigurationNamesNoModifications_RunWhatTheShippedConfigurationNames()
    {
        var shipped = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .Build()
            .GetSection(DuisEndpointOptions.Section);

        shipped["Modifications"].ShouldBe("MP105");
        new DuisEndpointOptions().Modifications.ShouldBe(shipped["Modifications"]);
        new DccClusterOptions().ComposeRuleSet().Id.ShouldBe(shipped.Get<DccClusterOptions>()!.ComposeRuleSet().Id);
    }
}
