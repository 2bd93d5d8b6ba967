using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SecChange.Web.Hosting;

namespace SecChange.Web.Tests;

/// <summary>
/// The site as the README starts it (SQLite, sample register, demo accounts) on a free loopback port, with a
/// fixed clock; one per test class, each on its own database.
/// </summary>
public class WebAppFixture : IAsyncLifetime
{
    /// <summary>The tests' today: after the sample register's last events.</summary>
    public FixedClock Clock { get; } = FixedClock.On(2026, 12, 1);

    public WebApplication? App { get; private set; }

    public Uri Address { get; private set; } = null!;

    public string Database { get; } = Scratch.File("web", ".db");

    protected internal virtual int SignInAttemptsPerMinute => 1000;

    public T Service<T>() where T : notnull => App!.Services.GetRequiredService<T>();

    public virtual async Task InitializeAsync()
    {
        // Every test signs in from 127.0.0.1: the per-address limit is raised here and checked on its own in SignInThrottlingTests.
        App = SecChangeWebApp.Create(["--urls", "http://127.0.0.1:0", "--db", Database, "--sign-in-attempts-per-minute", SignInAttemptsPerMinute.ToString()],
            b => b.Services.AddSingleton<IClock>(Clock));
        await App.PrepareAsync();
        await App.StartAsync();
        Address = new Uri(App.Urls.First());
    }

    public virtual async Task DisposeAsync()
    {
        if (App is null) return; // the prerequisite check stopped the start
        await App.StopAsync();
        await App.DisposeAsync();
    }

    /// <summary>A client that keeps cookies (like a browser) and does not follow redirects, so tests see them.</summary>
    public HttpClient Client(bool followRedirects = false) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = followRedirects }) { BaseAddress = Address };
}
