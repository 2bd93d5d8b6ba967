using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SecChange.Domain.Modifications;
using Document = SecChange.Documents.Model.Document;

namespace SecChange.Documents.Rendering;

/// <summary>
/// What is on every page: the classification label in the header (and again in the footer, as the Panel
/// Information Policy asks), the status (DRAFT) beside it, the title and "Page n of m" in the footer.
/// One section with one default header and footer, so no page can lack them.
/// </summary>
internal static class WordPageFurniture
{
    private const string HeaderId = "rIdHeader";
    private const string FooterId = "rIdFooter";

    public static void Write(MainDocumentPart main, Document document)
    {
        var header = main.AddNewPart<HeaderPart>(HeaderId);
        header.Header = new Header(LabelParagraph(WordStyles.Header, document));

        var footer = main.AddNewPart<FooterPart>(FooterId);
        footer.Footer = new Footer(
            LabelParagraph(WordStyles.Footer, document),
            new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Footer }),
                Text($"{document.FullTitle} – Page "),
                new SimpleField(Text("1")) { Instruction = " PAGE " },
                Text(" of "),
                new SimpleField(Text("1")) { Instruction = " NUMPAGES " }));
    }

    /// <summary>The one section: A4 portrait, 2.54 cm margins, the header and footer above on every page.</summary>
    public static SectionProperties Section() => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = HeaderId },
        new FooterReference { Type = HeaderFooterValues.Default, Id = FooterId },
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1440, Right = 1440, Bottom = 1440, Left = 1440, Header = 708, Footer = 708, Gutter = 0 });

    /// <summary>The label as the policy shows it: the label's colour on black ("TLP:WHITE" style), then the status.</summary>
    private static Paragraph LabelParagraph(string style, Document document)
    {
        var label = new Run(
            new RunProperties(new Bold(), new Color { Val = Colour(document.Label) },
                new Shading { Val = ShadingPatternValues.Clear, Fill = "000000", Color = "auto" }),
            new Text($" {document.LabelText} ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), label);
        if (document.Status is { } status)
        {
            paragraph.Append(new Run(new RunProperties(new Bold()), new Text($"  {status}") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    internal static string Colour(Classification label) => label switch
    {
        Classification.Red => "FF2B2B",
        Classification.Amber => "FFC000",
        Classification.Green => "33FF00",
        _ => "FFFFFF",
    };

    private static Run Text(string text) => new(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
}
