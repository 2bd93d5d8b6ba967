using SecChange.Web.Hosting;

// The README's run command: the website over ./secchange.db (SQLite) with the sample register and demo
// accounts on first start; --db PATH, --postgres CONNECTION and --urls choose otherwise.
return await WebHostRunner.RunAsync(args);
