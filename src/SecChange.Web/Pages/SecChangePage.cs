using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using SecChange.Application.Access;
using SecChange.Web.Accounts;
using SecChange.Web.Hosting;

namespace SecChange.Web.Pages;

/// <summary>What every page knows: who is looking and what day it is.</summary>
public abstract class SecChangePage : PageModel
{
    public Viewer Viewer => HttpContext.RequestServices.GetRequiredService<CurrentViewer>().Viewer;

    public LocalDate Today => HttpContext.RequestServices.GetRequiredService<WebClock>().Today;
}
