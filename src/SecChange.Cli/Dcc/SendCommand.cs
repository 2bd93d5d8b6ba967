using System.CommandLine;
using NodaTime;
using SecChange.Cli.Rendering;
using SecChange.Dcc.Duis;

namespace SecChange.Cli.Dcc;

/// <summary><c>dcc send FILE.xml</c>: one DUIS request through the model, answers printed.</summary>
internal static class SendCommand
{
    public static Command Create(IClock clock)
    {
        var file = new Argument<string>("file") { Description = "A DUIS request XML file (e.g. a DCC reference message)." };
        var xml = new Option<bool>("--xml") { Description = "Also print every DUIS response and alert in full." };
        var state = DccOptions.State();
        var json = DccOptions.Json();
        var command = new Command("send", "Send a DUIS request: prints the synchronous response and the asynchronous responses and DCC Alerts.") { file, xml, state, json };
        command.SetAction(parse => DccCli.Run(parse, state, json, clock, cli =>
        {
            var text = DccCli.ReadUserFile(parse.GetValue(file)!);
            var system = cli.LoadState();
            var exchange = new DuisGateway(system, cli.Clock).Process(text);
            if (exchange.ParseError != DuisParseError.None)
            {
                throw DccCliException.Bad($"Not a DUIS request ({exchange.ParseError}): {exchange.ErrorMessage}");
            }

            cli.SaveState(system);
            if (cli.Json)
            {
                cli.WriteJson(new
                {
                    responseCode = exchange.Code!.Value.ToString(),
                    responseXml = exchange.ResponseXml,
                    outbound = exchange.Outbound.Select(o => new { o.Kind, recipient = o.Recipient.ToString(), o.Code, o.Xml }),
                });
                return 0;
            }

            var table = new TextTable().AddColumn("When").AddColumn("Kind").AddColumn("To").AddColumn("Code");
            table.AddRow("synchronous", "response", "sender", exchange.Code!.Value.ToString());
            foreach (var o in exchange.Outbound)
            {
                table.AddRow("asynchronous", o.Kind, o.Recipient.ToString(), o.Code);
            }

            cli.Console.Write(table);
            if (parse.GetValue(xml))
            {
                cli.Out.WriteLine(exchange.ResponseXml);
                foreach (var o in exchange.Outbound)
                {
                    cli.Out.WriteLine(o.Xml);
                }
            }

            return 0;
        }));
        return command;
    }
}
