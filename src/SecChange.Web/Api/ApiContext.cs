using NodaTime;
using SecChange.Application.Access;
using SecChange.Web.Accounts;
using SecChange.Web.Hosting;

namespace SecChange.Web.Api;

/// <summary>Who is asking (the cookie's or the API key's account, else anonymous) and what day it is in London.</summary>
public static class ApiContext
{
    public static Viewer Viewer(this HttpContext context) => context.RequestServices.GetRequiredService<CurrentViewer>().Viewer;

    public static LocalDate Today(this HttpContext context) => context.RequestServices.GetRequiredService<WebClock>().Today;
}
