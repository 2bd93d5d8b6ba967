namespace SecChange.Web.Pages.Meetings;

/// <summary>How a meeting is named in addresses: "CSC 11" is /meetings/CSC11.</summary>
public static class MeetingLinks
{
    public static string Page(string meetingId) => "/meetings/" + meetingId.Replace(" ", "", StringComparison.Ordinal);
}
