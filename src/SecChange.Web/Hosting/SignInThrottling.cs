using System.Threading.RateLimiting;

namespace SecChange.Web.Hosting;

/// <summary>
/// Sign-in attempts (form posts) are limited per client address, on top of the account lockout after five
/// wrong passwords, so that guessing across many accounts is slowed too. The limit is a setting
/// (sign-in-attempts-per-minute, 20 by default).
/// </summary>
public static class SignInThrottling
{
    public const string Policy = "sign-in";
    public const int DefaultAttemptsPerMinute = 20;

    public static IServiceCollection AddSignInThrottling(this IServiceCollection services, IConfiguration configuration)
    {
        var limit = int.TryParse(configuration["sign-in-attempts-per-minute"], out var configured) && configured > 0 ? configured : DefaultAttemptsPerMinute;
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limit,
                    TokensPerPeriod = limit,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("reading the form"));
        });
    }
}
