using SecChange.Documents;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SecChange.Application.Hosting;
using SecChange.Application.Reference;
using SecChange.Domain.Process;
using SecChange.Storage;

namespace SecChange.Cli;

/// <summary>
/// What a command needs for one invocation: the output streams, the clock, the chosen database and the
/// core services over it (built, and the register made ready, on first use).
/// </summary>
public sealed class CliRuntime(TextWriter output, TextWriter error, IClock clock, IReadOnlyDictionary<string, string?>? environment)
{
    private IServiceProvider? _services;

    /// <summary>Plain output; stored text printed here has its control characters escaped (the tables and lines of <see cref="Console"/> escape theirs).</summary>
    public TextWriter Output { get; } = new Rendering.TerminalSafeWriter(output);
    public TextWriter Error { get; } = new Rendering.TerminalSafeWriter(error);
    public IClock Clock { get; } = clock;
    public GlobalOptions Options { get; } = new();

    /// <summary>The core's options: the SEC's shipped rules and calendar (read on first use) and this runtime's clock.</summary>
    private readonly SecChangeOptions _core = new() { Clock = clock };

    /// <summary>The code's configurable rules (the SEC's shipped defaults), read when a command first needs them.</summary>
    public CodeRules Rules => _core.Rules;
    public bool Debug => Env("SECCHANGE_DEBUG") is "1" or "true";

    public LocalDate Today => Domain.Calendar.SecDay.Today(Clock);

    /// <summary>Tables and lines on the output, fitted to the terminal's width or, when not writing to one, to a fixed width.</summary>
    public Rendering.TextConsole Console => _console ??= Rendering.TextConsole.For(output);

    private Rendering.TextConsole? _console;

    public string? Env(string name) =>
        environment is not null ? environment.GetValueOrDefault(name) : Environment.GetEnvironmentVariable(name);

    public StorageOptions Storage(ParseResult parse)
    {
        var storage = StorageOptions.Choose(parse.GetValue(Options.Postgres) ?? Env("SECCHANGE_POSTGRES"),
            parse.GetValue(Options.Db) ?? Env("SECCHANGE_DB"));
        return storage.Provider == StorageProvider.Sqlite ? storage with { CreateIfMissing = !ReadCommands.IsRead(parse) } : storage;
    }

    /// <summary>
    /// A core service over the chosen database. The core is built through <c>AddSecChange</c> and the
    /// register made ready once, on the first command that needs it; commands that need no database never open one.
    /// </summary>
    public async Task<T> ServiceAsync<T>(ParseResult parse, CancellationToken ct) where T : notnull =>
        (await ServicesAsync(parse, ct)).GetRequiredService<T>();

    /// <summary>Opens the chosen register (creating or upgrading its schema) without running a use case.</summary>
    public Task OpenRegisterAsync(ParseResult parse, CancellationToken ct) => ServicesAsync(parse, ct);

    private async Task<IServiceProvider> ServicesAsync(ParseResult parse, CancellationToken ct)
    {
        if (_services is null)
        {
            var services = new ServiceCollection()
                .AddSecChange(Storage(parse), _core)
                .AddSecChangeDocuments()
                .BuildServiceProvider();
            await services.EnsureRegisterReadyAsync(ct);
            _services = services;
        }

        return _services;
    }

    public bool Json(ParseResult parse) => GlobalOptions.Value(parse, Options.Json);

    /// <summary>Who acts: --by/--as/--org, else the step's usual body.</summary>
    public Actor Actor(ParseResult parse, ActorRole defaultRole)
    {
        var role = GlobalOptions.Value(parse, Options.As) ?? defaultRole;
        var name = GlobalOptions.Value(parse, Options.By) ?? DefaultName(role);
        return new Actor(name, role, GlobalOptions.Value(parse, Options.Org));
    }

    public static string DefaultName(ActorRole role) => role switch
    {
        ActorRole.Authority => "Ofgem",
        ActorRole.Party or ActorRole.None => "SEC Party",
        _ => role.Describe(),
    };
}
