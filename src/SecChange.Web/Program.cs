using SecChange.Web.Hosting;

namespace SecChange.Web;

/// <summary>
/// The README's run command: the website over ./secchange.db (SQLite) with the sample register and demo
/// accounts on first start; --db PATH, --postgres CONNECTION and --urls choose otherwise.
/// </summary>
public static class Program
{
    public static Task<int> Main(string[] args) => WebHostRunner.RunAsync(args);
}
