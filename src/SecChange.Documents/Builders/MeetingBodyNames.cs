using SecChange.Domain.Meetings;

namespace SecChange.Documents.Builders;

/// <summary>How the minutes name a body: in the title ("SEC Change Sub-Committee") and in its outcomes ("The CSC AGREED").</summary>
internal static class MeetingBodyNames
{
    public static string Title(MeetingBody body, string code) => body switch
    {
        MeetingBody.Panel => "SEC Panel",
        MeetingBody.ChangeSubCommittee => "SEC Change Sub-Committee",
        MeetingBody.ChangeBoard => "SEC Change Board",
        MeetingBody.WorkingGroup => "Working Group",
        _ => code,
    };

    public static string Subject(MeetingBody body, string code) => body switch
    {
        MeetingBody.Panel => "The Panel",
        MeetingBody.ChangeSubCommittee => "The CSC",
        MeetingBody.ChangeBoard => "The Change Board",
        MeetingBody.WorkingGroup => "The Working Group",
        _ => $"The {code}",
    };

    /// <summary>What its members are called in the attendance table ("Change Sub-Committee Members").</summary>
    public static string Members(MeetingBody body, string code) => body switch
    {
        MeetingBody.ChangeSubCommittee => "Change Sub-Committee Members",
        MeetingBody.Panel => "Panel Members",
        MeetingBody.ChangeBoard => "Change Board Members",
        _ => $"{Title(body, code)} Members",
    };
}
