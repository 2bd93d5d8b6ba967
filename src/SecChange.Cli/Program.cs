// Minimal entry point on the dcc branch so the tool builds; the main branch owns the real Program.cs.
using System.CommandLine;
using SecChange.Cli.Dcc;

var root = new RootCommand("SecChange: the SEC change process and the DCC System model.");
root.Subcommands.Add(new DccCommand());
return root.Parse(args).Invoke();
