namespace SecChange.Web.Hosting;

/// <summary>Sizes the site accepts; anything larger is refused before it is read.</summary>
public static class WebLimits
{
    /// <summary>A request body (forms and JSON): ample for the longest free text the register takes (20,000 characters) several times over.</summary>
    public const long MaxRequestBytes = 1024 * 1024;
}
