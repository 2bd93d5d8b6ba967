using SecChange.Domain.Modifications;

namespace SecChange.Documents.Model;

/// <summary>
/// A document as every renderer sees it: a title, the classification label printed on every page, the register
/// state it was generated from, and its blocks in reading order. It holds only what its reader may see, and
/// nothing classified above <see cref="Label"/>: the builders decide that, the renderers only draw.
/// </summary>
/// <param name="Status">A word shown with the title and on every page, e.g. "DRAFT" for minutes not yet approved; null when final.</param>
public sealed record Document(
    string Title,
    Classification Label,
    Provenance Provenance,
    IReadOnlyList<Block> Blocks,
    string? Subtitle = null,
    string? Status = null)
{
    /// <summary>The label as printed ("WHITE"); a document without one is refused rather than printed unlabelled.</summary>
    public string LabelText => ClassificationLabel.Name(Label);

    /// <summary>The title with its status, as the file's title and the page header show it.</summary>
    public string FullTitle => Status is null ? Title : $"{Title} ({Status})";
}
