using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using SecChange.Cli;

namespace SecChange.Readme.Tests;

/// <summary>
/// Runs README commands in order in one scratch folder (so <c>./secchange.db</c> is a fresh database and
/// files the commands write stay there), with the repository's top-level folders linked in so paths such
/// as <c>samples/dcc/devices.json</c> resolve as they do for a reader at the repository root.
/// <c>secchange</c> (and <c>dotnet run ... --project src/SecChange.Cli --</c>) is the CLI run in process;
/// the DUIS endpoint's <c>dotnet run</c> starts it in memory and <c>curl</c> lines are sent to it; the
/// website's <c>dotnet run</c> starts it on a free loopback port over the folder's <c>secchange.db</c>.
/// </summary>
public sealed class ReadmeRunner : IAsyncDisposable
{
    /// <summary>Programs whose commands are not run, each with the reason; every one must still appear in the README.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotRun = new Dictionary<string, string>
    {
        ["./scripts/test.sh"] = "it runs this test suite, which includes this test: running it here would recurse (CI runs it directly)",
        ["sudo"] = "it installs and starts system services as root; .ci/run does the same on CI before the tests",
        ["export"] = "it sets a variable in the reader's shell for later commands; this runner gives every command its environment itself",
    };

    private const string CliProject = "src/SecChange.Cli";
    private const string EndpointProject = "src/SecChange.Dcc.Endpoint";
    private const string WebProject = "src/SecChange.Web";

    private readonly string _folder;
    private readonly FixedClock _clock = FixedClock.On(2026, 11, 21);
    private WebApplicationFactory<Program>? _endpoint;
    private HttpClient? _endpointClient;
    private string? _endpointUrl;
    private Microsoft.AspNetCore.Builder.WebApplication? _web;

    public ReadmeRunner(string folder)
    {
        _folder = folder;
        foreach (var entry in new DirectoryInfo(RepoPaths.Root).EnumerateFileSystemInfos().Where(e => !e.Name.StartsWith('.')))
        {
            var link = Path.Combine(folder, entry.Name);
            if (entry is DirectoryInfo)
            {
                Directory.CreateSymbolicLink(link, entry.FullName);
            }
            else
            {
                File.CreateSymbolicLink(link, entry.FullName);
            }
        }
    }

    /// <summary>The commands left out, with the line and the reason.</summary>
    public List<string> Skipped { get; } = [];

    /// <summary>The programs of <see cref="NotRun"/> the README used.</summary>
    public HashSet<string> NotRunSeen { get; } = [];

    /// <summary>Runs one command; returns null on success, otherwise what went wrong.</summary>
    public async Task<string?> RunAsync(ShellCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var words = command.Words;
        if (NotRun.TryGetValue(words[0], out var reason))
        {
            NotRunSeen.Add(words[0]);
            Skipped.Add($"line {command.Line}: {string.Join(' ', words)} ({reason})");
            return null;
        }

        if (words[0] == "secchange")
        {
            return await CliAsync(words.Skip(1).ToArray());
        }

        if (DotnetRun(words, CliProject) is { } cliArgs)
        {
            return await CliAsync(cliArgs.SkipWhile(w => w != "--").Skip(1).ToArray());
        }

        if (DotnetRun(words, EndpointProject) is { } endpointArgs)
        {
            return StartEndpoint(endpointArgs);
        }

        if (DotnetRun(words, WebProject) is { } webArgs)
        {
            return await StartWebAsync(webArgs);
        }

        if (words[0] == "curl")
        {
            return await CurlAsync(words.Skip(1).ToList());
        }

        return $"the README runner does not know how to run '{words[0]}': use secchange, dotnet run, or curl, or teach ReadmeRunner";
    }

    private static string[]? DotnetRun(IReadOnlyList<string> words, string project)
    {
        if (words.Count < 2 || words[0] != "dotnet" || words[1] != "run")
        {
            return null;
        }

        var at = words.ToList().IndexOf("--project");
        return at > 0 && at + 1 < words.Count && words[at + 1].TrimEnd('/') == project ? words.Skip(at + 2).ToArray() : null;
    }

    private async Task<string?> CliAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(_folder);
        try
        {
            // An empty environment: the defaults (./secchange.db) apply, whatever the machine has set.
            var exit = await CliApp.RunAsync(args, output, error, _clock, new Dictionary<string, string?>());
            return exit == 0 ? null : $"exit {exit}: {error.ToString().Trim()}";
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    private string? StartEndpoint(string[] args)
    {
        var urls = args.SkipWhile(a => a != "--urls").Skip(1).FirstOrDefault();
        if (urls is null)
        {
            return "the endpoint line names no --urls, so the curl lines cannot be matched to it";
        }

        // Settings the line passes as --Section:Key=value reach the endpoint as they would from its command line.
        var settings = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains(':', StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))
            .Select(a => a[2..].Split('=', 2)).ToList();
        _endpoint = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var setting in settings)
            {
                b.UseSetting(setting[0], setting[1]);
            }
        });
        _endpointClient = _endpoint.CreateClient();
        _endpointUrl = urls.TrimEnd('/');
        return null;
    }

    /// <summary>The website as the README starts it (its demo accounts and sample register), on a free port instead of 5000.</summary>
    private async Task<string?> StartWebAsync(string[] args)
    {
        if (args.Length > 0)
        {
            return $"the website line passes '{string.Join(' ', args)}'; the README runner starts it with its defaults only";
        }

        _web = Web.Hosting.SecChangeWebApp.Create(["--urls", "http://127.0.0.1:0", "--db", Path.Combine(_folder, "secchange.db")],
            b => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<NodaTime.IClock>(b.Services, _clock));
        await Web.Hosting.SecChangeWebApp.PrepareAsync(_web);
        await _web.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(_web.Urls.First()) };
        var home = await client.GetAsync("/");
        return home.IsSuccessStatusCode ? null : $"the website's register page answered HTTP {(int)home.StatusCode}";
    }

    private async Task<string?> CurlAsync(List<string> args)
    {
        if (_endpointClient is null || _endpointUrl is null)
        {
            return "curl before the endpoint was started by an earlier README line";
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, (Uri?)null);
        var headers = new List<(string Name, string Value)>();
        string? url = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-s" or "--silent":
                    break;
                case "-H" or "--header" when i + 1 < args.Count:
                    var header = args[++i].Split(':', 2);
                    headers.Add((header[0].Trim(), header[1].Trim()));
                    break;
                case "--data-binary" or "-d" or "--data" when i + 1 < args.Count:
                    var data = args[++i];
                    var bytes = data.StartsWith('@') ? await File.ReadAllBytesAsync(Path.Combine(_folder, data[1..])) : System.Text.Encoding.UTF8.GetBytes(data);
                    request.Method = HttpMethod.Post;
                    request.Content = new ByteArrayContent(bytes);
                    break;
                case var a when a.StartsWith("http", StringComparison.Ordinal):
                    url = a;
                    break;
                default:
                    return $"curl option '{args[i]}' is not understood by the README runner";
            }
        }

        if (url is null || !url.StartsWith(_endpointUrl, StringComparison.Ordinal))
        {
            return $"curl to '{url}', which is not the endpoint started at {_endpointUrl}";
        }

        foreach (var (name, value) in headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) && request.Content is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(value);
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        request.RequestUri = new Uri(url[_endpointUrl.Length..], UriKind.Relative);
        using var response = await _endpointClient.SendAsync(request);
        return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
    }

    public async ValueTask DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.StopAsync();
            await _web.DisposeAsync();
        }

        _endpointClient?.Dispose();
        if (_endpoint is not null)
        {
            await _endpoint.DisposeAsync();
        }
    }
}
