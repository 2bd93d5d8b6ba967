using Microsoft.AspNetCore.OutputCaching;
using SecChange.Application.Access;

namespace SecChange.Web.Hosting;

/// <summary>
/// What anonymous visitors are sent (the public register, its pages, the API's public reads) is reused while
/// the register is unchanged: each request reads the register's change stamp (one single-row query), and a
/// page rendered at the same stamp, for the same address and day, is sent again. Nothing in the cache is
/// needed by another instance: each checks the shared database, so a write on one is seen by all at once.
/// Signed-in pages carry per-person content and anti-forgery tokens, so they are never cached; a page opts in
/// with <c>[OutputCache(PolicyName = PublicPageCache.Policy)]</c> only if it holds no form that posts (a cached
/// anti-forgery token would belong to someone else).
/// </summary>
public sealed class PublicPageCache(RegisterListing register, WebClock clock) : IOutputCachePolicy
{
    public const string Policy = "public-pages";

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var anonymous = context.HttpContext.User.Identity?.IsAuthenticated != true && !request.Headers.Authorization.Any();
        var cacheable = anonymous && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return;
        }

        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["register"] = (await register.ChangeStampAsync(cancellation)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["today"] = clock.Today.ToString();
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Only complete, successful, cookie-free responses are kept.
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
