using System.CommandLine;
using NodaTime;
using SecChange.Dcc.Files;
using SecChange.Dcc.Signing;

namespace SecChange.Cli.Dcc;

/// <summary>
/// <c>dcc sign FILE.xml [--out F]</c>: signs a DUIS request as the originator its RequestID names, with the
/// public ZAZ1 test keys, keeping that originator's counter strictly increasing across calls.
/// </summary>
internal static class SignCommand
{
    public static Command Create(IClock clock)
    {
        var file = new Argument<string>("file") { Description = "A DUIS request XML file (e.g. a DCC reference message with its placeholder signature)." };
        var output = new Option<string?>("--out") { Description = "Write the signed request here (default: standard output)." };
        var state = DccOptions.State();
        var json = DccOptions.Json();
        var command = new Command("sign", "Sign a DUIS request as its originator (XMLDSig, ECDSA P-256), raising the originator counter when it is not above the last one signed.") { file, output, state, json };
        command.SetAction(parse => DccCli.Run(parse, state, json, clock, cli =>
        {
            var text = DccCli.ReadUserFile(parse.GetValue(file)!);
            var countersPath = CountersPath(cli.StatePath);
            var counters = ReadCounters(countersPath);
            var signed = OriginatorSigning.Sign(text, DuisKeystore.Default, id => counters.Last(id.Originator));
            switch (signed.Error)
            {
                case SigningError.NotARequest:
                    throw DccCliException.Bad(signed.Message!);
                case SigningError.UnknownOriginator:
                    throw DccCliException.Missing(signed.Message!);
            }

            var target = parse.GetValue(output);
            if (target is null)
            {
                cli.Out.Write(signed.Xml);
            }
            else
            {
                DccCli.WriteAtomically(target, signed.Xml!);
            }

            counters.Restore(signed.RequestId.Originator, signed.RequestId.Counter);
            DccCli.WriteAtomically(countersPath, SigningCountersDocument.Write(counters));
            if (target is null)
            {
                return 0;
            }

            if (cli.Json)
            {
                cli.WriteJson(new { requestId = signed.RequestId.ToString(), signed.CounterChanged, output = target });
            }
            else
            {
                var raised = signed.CounterChanged ? " (counter raised above the last one signed)" : "";
                cli.Out.WriteLine($"Signed {signed.RequestId} as {signed.RequestId.Originator}{raised}: {target}");
            }

            return 0;
        }));
        return command;
    }

    /// <summary>The counters live beside the state file: <c>.secchange/dcc-state.counters.json</c>.</summary>
    private static string CountersPath(string statePath) =>
        Path.Combine(Path.GetDirectoryName(statePath) ?? ".", Path.GetFileNameWithoutExtension(statePath) + ".counters.json");

    private static OriginatorCounters ReadCounters(string path)
    {
        if (!File.Exists(path))
        {
            return new OriginatorCounters();
        }

        try
        {
            return SigningCountersDocument.Read(File.ReadAllText(path));
        }
        catch (FormatException ex)
        {
            throw DccCliException.Bad($"{path}: {ex.Message}");
        }
    }
}
