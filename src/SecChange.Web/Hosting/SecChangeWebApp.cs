using SecChange.Documents;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using SecChange.Application.Hosting;
using SecChange.Storage;
using SecChange.Web.Accounts;
using SecChange.Web.Api;
using SecChange.Web.Feeds;

namespace SecChange.Web.Hosting;

/// <summary>Builds the site: the core over the chosen register, sign-in, the pages, and the safety measures around them.</summary>
public static class SecChangeWebApp
{
    /// <param name="configure">Lets a test choose the clock or other services before the app is built.</param>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Its own pages and files, also when a test process hosts it.
            ApplicationName = typeof(SecChangeWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = WebLimits.MaxRequestBytes);
        // The start-up message says where the site is; routine framework chatter stays out of the console.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        // Keys live in the register's database, protected as the database is; there is no separate key-encryption key.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);

        var settings = WebSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSecChange(settings.Storage); // a test replaces the IClock it registers
        builder.Services.AddSecChangeDocuments();
        builder.Services.AddSingleton<DemoAccounts>();
        builder.Services.AddSingleton<WebClock>();
        DataProtectionKeysContext.AddSharedDataProtection(builder.Services, settings.Storage);

        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.CookieOrKey)
            .AddCookie(o =>
            {
                o.LoginPath = "/sign-in";
                o.LogoutPath = "/sign-out";
                o.AccessDeniedPath = "/status/403";
                o.Cookie.Name = "secchange";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
            });
        builder.Services.AddAuthorization();
        ApiKeyAuthenticationHandler.AddTo(builder.Services);
        builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        // A body the API cannot read is thrown, so BadRequestExceptionHandler can say why (as a problem, not an empty 400).
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddApiReference();
        builder.Services.AddSingleton<FeedSource>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentViewer>();
        builder.Services.AddRazorPages(o => o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute()));
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "secchange-antiforgery");
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DomainExceptionHandler>();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddSignInThrottling(builder.Configuration);
        builder.Services.AddSingleton<PublicPageCache>();
        builder.Services.AddOutputCache(o =>
        {
            o.SizeLimit = 256L * 1024 * 1024;
            o.AddPolicy(PublicPageCache.Policy, b => b.AddPolicy<PublicPageCache>(), excludeDefaultPolicy: true);
        });
        builder.Services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

        configure?.Invoke(builder);
        var app = builder.Build();

        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseApiProblems();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts(); // sent only on HTTPS requests
        }

        app.UseSecurityHeaders();
        app.UseApiReferencePolicy();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAuditClient();
        app.UseOutputCache();
        app.MapRazorPages();
        var data = app.MapGroup("").AnswerHeadLikeGet();
        data.MapSecChangeApi();
        app.MapApiReference();
        data.MapRegisterDownloads();
        data.MapAtomFeeds();
        data.MapCalendarFeed();
        app.MapGet("/healthz", () => Results.Text("ok")).ExcludeFromDescription();
        return app;
    }

    /// <summary>Gets the register ready once, before serving: the schema, the sample register on a new database, the demo accounts.</summary>
    public static async Task PrepareAsync(this WebApplication app, CancellationToken ct = default)
    {
        await app.Services.EnsureRegisterReadyAsync(ct);
        await app.Services.GetRequiredService<DemoAccounts>().EnsureAsync(app.Services.GetRequiredService<WebSettings>().Demo, ct);
    }
}
