using System.Net;
using System.Text.RegularExpressions;

namespace SecChange.Web.Tests;

/// <summary>Reading a form page's GOV.UK error summary as the messages it lists.</summary>
public static partial class StepForms
{
    public static IReadOnlyList<string> ErrorSummary(string html)
    {
        var summary = SummaryPattern().Match(html);
        return summary.Success
            ? ItemPattern().Matches(summary.Groups[1].Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToList()
            : [];
    }

    [GeneratedRegex("<ul class=\"govuk-list govuk-error-summary__list\">(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex SummaryPattern();

    [GeneratedRegex("<li><a href=\"[^\"]*\">(.*?)</a></li>", RegexOptions.Singleline)]
    private static partial Regex ItemPattern();
}
