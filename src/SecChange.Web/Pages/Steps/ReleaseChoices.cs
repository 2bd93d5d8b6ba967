using SecChange.Domain.Releases;

namespace SecChange.Web.Pages.Steps;

/// <summary>SEC Releases as select choices, latest first.</summary>
public static class ReleaseChoices
{
    public static IReadOnlyList<Choice> Of(IEnumerable<Release> releases) =>
        releases.OrderByDescending(r => r.Date).Select(r => new Choice(r.Id, $"{r.Name} ({Display.Date(r.Date)})")).ToList();
}
