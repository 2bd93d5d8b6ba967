using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SecChange.Application.Modifications;
using SecChange.Domain.Modifications;
using SecChange.Domain.Process;
using SecChange.Web.Hosting;

namespace SecChange.Web.Tests;

/// <summary>Two instances of the site on one PostgreSQL register: nothing either needs is kept only in its own process.</summary>
public sealed class TwoInstancesTests
{
    private readonly FixedClock _clock = FixedClock.On(2026, 12, 1);

    [PostgresFact]
    public async Task TwoInstances_OnOnePostgresRegister_ShareSignInAndSeeEachOthersWritesAtOnce()
    {
        var register = await TestSchemas.CreateAsync("web");
        await using var first = await StartAsync(register);
        await using var second = await StartAsync(register);
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var onFirst = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(first.App.Urls.First()) };
        using var onSecond = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(second.App.Urls.First()) };
        using var anonymousOnSecond = new HttpClient { BaseAddress = new Uri(second.App.Urls.First()) };

        // A cookie issued by one instance is read by the other: the data-protection keys are in the database.
        await WebSession.SignInAsync(onFirst, "analyst");
        foreach (var cookie in handler.CookieContainer.GetAllCookies().Cast<Cookie>())
        {
            handler.CookieContainer.Add(new Uri(second.App.Urls.First()), new Cookie(cookie.Name, cookie.Value, "/"));
        }

        (await onSecond.GetStringAsync("/")).ShouldContain("Alex Morgan, SECAS analyst");

        // The public register page of the second instance (cached there) shows a proposal raised through the first at once.
        (await anonymousOnSecond.GetStringAsync("/?q=two+instances")).ShouldContain("0 modifications");
        var raised = await first.App.Services.GetRequiredService<ModificationService>().RaiseDraftProposalAsync(
            new DraftProposalRaised("Two instances share one register", "Jo Bennett", "E.ON", "One register, many servers.", Classification.White),
            new LocalDate(2026, 12, 1), new Actor("Jo Bennett", ActorRole.Proposer, "E.ON"));
        var after = await anonymousOnSecond.GetStringAsync("/?q=two+instances");
        after.ShouldContain("1 modification");
        after.ShouldContain(raised.Reference);
    }

    private async Task<Instance> StartAsync(string postgres)
    {
        var app = SecChangeWebApp.Create(["--urls", "http://127.0.0.1:0", "--postgres", postgres],
            b => b.Services.AddSingleton<IClock>(_clock));
        await app.PrepareAsync();
        await app.StartAsync();
        return new Instance(app);
    }

    private sealed record Instance(WebApplication App) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
