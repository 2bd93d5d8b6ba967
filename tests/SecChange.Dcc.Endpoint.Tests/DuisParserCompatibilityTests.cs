using System.Diagnostics;

namespace SecChange.Dcc.Endpoint.Tests;

/// <summary>
/// The endpoint's responses parsed by an independent DUIS parser: the DCC's open-source
/// @smartdcc/duis-parser, run with node from duis-parser-check/ (after <c>npm ci</c> there).
/// </summary>
public class DuisParserCompatibilityTests
{
    [SkippableFact]
    public async Task Responses_WhenParsedByDuisParser_AreAllRecognised()
    {
        var checkDir = Path.Combine(RepoPaths.Root, "tests", "SecChange.Dcc.Endpoint.Tests", "duis-parser-check");
        Prerequisite.Require(Prerequisite.OnPath("node"), "Node: install Node.js (node on the PATH) to check DUIS responses with @smartdcc/duis-parser.");
        Prerequisite.Require(Directory.Exists(Path.Combine(checkDir, "node_modules", "@smartdcc", "duis-parser")),
            $"the DUIS parser: run 'npm ci' in {checkDir} (scripts/test.sh does when npm is installed).");

        var outDir = Directory.CreateTempSubdirectory("duis-responses-").FullName;
        try
        {
            var files = await WriteResponsesAsync(outDir, await ResponsesAsync());
            var (exitCode, output) = await RunNodeAsync(checkDir, outDir);

            exitCode.ShouldBe(0, output);
            output.ShouldContain($"{files} parsed, 0 failed");
            output.ShouldContain("DCCAlertMessage N29");
            output.ShouldContain("DCCAlertMessage N52");
            output.ShouldContain(" E5 ");
            output.ShouldContain(" I99 ");
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    /// <summary>Synchronous answers (I99, E5, E13, E19) and asynchronous responses and alerts (I0, N29, N52).</summary>
    internal static async Task<IReadOnlyList<string>> ResponsesAsync()
    {
        await using var before = await DuisHost.StartAsync("");
        await before.LoadDevicesAsync();
        await before.RemoveFirmwareAsync(DuisHost.Old);
        var sync = new List<string>
        {
            (await before.SendAsync(Templates.ReadFirmwareEsme)).Xml, // E5
        };

        await using var after = await DuisHost.StartAsync("MP105");
        await after.LoadDevicesAsync();
        await after.RemoveFirmwareAsync(DuisHost.Old);
        sync.Add((await after.SendAsync(Templates.UpdateFirmware(DuisHost.Esme))).Xml);
        sync.Add((await after.SendAsync(Templates.UpdateFirmware(DuisHost.Gsme))).Xml);
        sync.Add((await after.SendAsync(Templates.Activate(DuisHost.Esme, 3000))).Xml);
        after.OnDevice(DuisHost.Gsme, (system, row) => system.Devices.SetRunningFirmware(row, DuisHost.New));

        sync.Add((await after.SendAsync(Templates.ReadFirmwareGpf)).Xml); // N52
        sync.Add((await after.SendAsync(Templates.ReadFirmwareGsme)).Xml); // N29 x2
        sync.Add((await after.SendAsync(Templates.ReadFirmwareEsme.Replace("<sr:ServiceReferenceVariant>11.2<", "<sr:ServiceReferenceVariant>77.7<", StringComparison.Ordinal))).Xml);
        sync.Add((await after.SendAsync(Templates.ReadFirmwareEsme.Replace("00-DB-12-34-56-78-90-A0:1000", "00-DB-12-34-56-78-90-EE:1000", StringComparison.Ordinal))).Xml);
        var asynchronous = await after.Receiver.WaitForAsync(9);
        return [.. sync, .. asynchronous.Select(a => a.Xml)];
    }

    private static async Task<int> WriteResponsesAsync(string outDir, IReadOnlyList<string> responses)
    {
        var n = 0;
        foreach (var xml in responses)
        {
            await File.WriteAllTextAsync(Path.Combine(outDir, $"response-{++n:D3}.xml"), xml);
        }

        return n;
    }

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(string checkDir, string outDir)
    {
        var start = new ProcessStartInfo("node", ["check.js", outDir])
        {
            WorkingDirectory = checkDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
