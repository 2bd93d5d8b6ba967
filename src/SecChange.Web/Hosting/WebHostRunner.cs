using SecChange.Domain.Errors;
using SecChange.Web.Accounts;

namespace SecChange.Web.Hosting;

/// <summary>Starts the site and says where it is and how to sign in; a bad setting is a clear message and exit 2.</summary>
public static class WebHostRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        WebApplication app;
        try
        {
            app = SecChangeWebApp.Create(args);
            await app.PrepareAsync();
        }
        catch (DomainException ex)
        {
            await Console.Error.WriteLineAsync($"secchange-web: {ex.Message}");
            return 2;
        }

        app.Lifetime.ApplicationStarted.Register(() => Announce(app));
        await app.RunAsync();
        return 0;
    }

    private static void Announce(WebApplication app)
    {
        var first = app.Urls.FirstOrDefault() ?? "http://localhost:5000";
        Console.WriteLine($"SecChange is running at {first} ({app.Services.GetRequiredService<WebSettings>().Describe()}). Press Ctrl+C to stop.");
        var demo = app.Services.GetRequiredService<DemoAccounts>();
        if (demo.Created.Count > 0)
        {
            Console.WriteLine($"Demo accounts (password for each: {DemoAccounts.Password}):");
            foreach (var account in demo.Created)
            {
                Console.WriteLine($"  {account.UserName,-14} {account.Describe}");
            }
        }
    }
}
