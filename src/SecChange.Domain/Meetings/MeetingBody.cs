using SecChange.Domain.Errors;

namespace SecChange.Domain.Meetings;

/// <summary>The bodies that meet in the SEC change process.</summary>
public enum MeetingBody
{
    /// <summary>Never valid: a meeting always belongs to a body.</summary>
    None = 0,
    Panel,
    ChangeSubCommittee,
    ChangeBoard,
    WorkingGroup,
    /// <summary>Another sub-committee (SSC, TABASC, ...), named by its code.</summary>
    SubCommittee,
}

/// <summary>The short codes that meeting ids and action references start with ("CSC 11", "CSC 10/01").</summary>
public static class MeetingBodies
{
    private static readonly Dictionary<MeetingBody, string> Codes = new()
    {
        [MeetingBody.Panel] = "PANEL",
        [MeetingBody.ChangeSubCommittee] = "CSC",
        [MeetingBody.ChangeBoard] = "CB",
        [MeetingBody.WorkingGroup] = "WG",
    };

    /// <summary>The code of a body; a sub-committee's code is its own name (e.g. SSC, TABASC).</summary>
    public static string CodeOf(MeetingBody body, string? subCommittee = null)
    {
        if (body == MeetingBody.SubCommittee)
        {
            var name = subCommittee?.Trim().ToUpperInvariant();
            if (string.IsNullOrEmpty(name) || !MeetingId.IsCode(name) || Codes.ContainsValue(name))
            {
                throw DomainException.Invalid("A sub-committee meeting needs the sub-committee's code, e.g. SSC or TABASC (letters only).");
            }

            return name;
        }

        return Codes.TryGetValue(body, out var code) ? code : throw DomainException.Invalid("A meeting needs a body: panel, csc, change-board, working-group or a sub-committee.");
    }

    /// <summary>The body a code stands for: anything that is not a known body code is a sub-committee.</summary>
    public static MeetingBody BodyOf(string code) =>
        Codes.FirstOrDefault(c => c.Value == code.ToUpperInvariant()).Key is var body && body != MeetingBody.None ? body : MeetingBody.SubCommittee;
}
