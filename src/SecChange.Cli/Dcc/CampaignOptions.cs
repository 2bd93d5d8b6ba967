using System.CommandLine;
using SecChange.Dcc.Comparison;

namespace SecChange.Cli.Dcc;

/// <summary>The campaign options <c>dcc simulate</c> and <c>dcc compare</c> share: response losses, their seed, the SMETS1 share and retries.</summary>
internal sealed record CampaignOptions(Option<double> LossRate, Option<int> Seed, Option<double> Smets1Share, Option<int> Retries)
{
    public static CampaignOptions Create() => new(
        new Option<double>("--loss-rate") { Description = "Fraction of Device responses lost (seed 004: about 0.2 of SR 11.3 responses).", DefaultValueFactory = _ => 0.2 },
        new Option<int>("--seed") { Description = "Random seed; the same seed gives the same losses.", DefaultValueFactory = _ => 42 },
        new Option<double>("--smets1-share") { Description = "Fraction of generated meters that are SMETS1.", DefaultValueFactory = _ => 0.1 },
        new Option<int>("--retries") { Description = "Automated SR 11.3 retries when no response arrives.", DefaultValueFactory = _ => 1 });

    public void AddTo(Command command)
    {
        command.Options.Add(LossRate);
        command.Options.Add(Seed);
        command.Options.Add(Smets1Share);
        command.Options.Add(Retries);
    }

    /// <summary>The campaign the options give, on top of <paramref name="campaign"/> (its firmware versions and the rest).</summary>
    public CampaignSettings Read(ParseResult parse, CampaignSettings campaign) => campaign with
    {
        LossRate = parse.GetValue(LossRate),
        Seed = parse.GetValue(Seed),
        ActivationRetries = parse.GetValue(Retries),
    };
}
