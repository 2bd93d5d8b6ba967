using System.CommandLine;
using NodaTime;
using SecChange.Application.Dcc;
using SecChange.Dcc.Rules;

namespace SecChange.Cli.Dcc;

/// <summary>
/// --release, --modification, --behaviours and --as-at: which modifications' DCC behaviour a command runs,
/// decided by the register (a release's scope), never by a list kept beside it.
/// </summary>
internal sealed class RegisterRuleOptions
{
    public Option<string?> Release { get; } = new("--release")
    {
        Description = "A SEC Release in the register (e.g. 2021-11): with the behaviour of the modifications approved for or implemented in it, on top of those of earlier releases.",
    };

    public Option<string?> Modification { get; } = new("--modification")
    {
        Description = "Only this modification (register reference, e.g. MP105) on top of the earlier releases' behaviour.",
    };

    public Option<string?> Behaviours { get; } = new("--behaviours")
    {
        Description = "A behaviour file (JSON, like the shipped modification-behaviours.json) instead of the shipped one; each reference must be in the register.",
    };

    public Option<LocalDate?> AsAt { get; } = AsAtRuntime.AsAtOption();

    public void AddTo(Command command, CliRuntime runtime)
    {
        command.Options.Add(Release);
        command.Options.Add(Modification);
        command.Options.Add(Behaviours);
        command.Options.Add(AsAt);
        runtime.Options.AddTo(command, GlobalUse.Register);
    }

    /// <summary>Whether the command line names a release or a modification (so the register is needed).</summary>
    public bool Given(ParseResult parse) => parse.GetValue(Release) is not null || parse.GetValue(Modification) is not null;

    /// <summary>The rule sets from the register: the behaviours are checked against it first, in the same read.</summary>
    public async Task<DccRuleSets> ComposeAsync(CliRuntime runtime, ParseResult parse, CancellationToken ct)
    {
        var behaviours = parse.GetValue(Behaviours) is { } path
            ? DccComparisons.ParseBehaviours(DccCli.ReadUserFile(path))
            : BehaviourCatalogue.Default;
        var service = await runtime.ServiceAsync<DccComparisons>(parse, ct);
        return await service.RuleSetsAsync(behaviours, parse.GetValue(Release), parse.GetValue(Modification), parse.GetValue(AsAt), ct);
    }
}
