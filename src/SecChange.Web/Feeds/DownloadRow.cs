using NodaTime;
using SecChange.Application.Access;
using SecChange.Domain.Modifications;
using SecChange.Web.Pages;

namespace SecChange.Web.Feeds;

/// <summary>One register row as the downloads write it: the register page's columns, in its words.</summary>
public sealed record DownloadRow(string Reference, string Title, string Stage, string State, string Proposer, LocalDate? NextKeyDate, string NextKeyEvent)
{
    public static readonly IReadOnlyList<string> Headings = ["Reference", "Title", "Stage", "State", "Proposer", "Next key date", "Next key event"];

    public static DownloadRow Of(RegisterRow row) => new(row.Summary.Reference, row.Summary.Title, Display.Words(row.Summary.Stage),
        row.Summary.State.Describe(), row.Summary.ProposerOrganisation ?? "", row.NextKeyDate?.On, row.NextKeyDate?.What ?? "");

    public IReadOnlyList<string> Texts => [Reference, Title, Stage, State, Proposer, NextKeyDate is { } d ? Display.IsoDate(d) : "", NextKeyEvent];
}
