using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SecChange.Documents.Rendering;

/// <summary>
/// The Word styles every document uses. Headings are Word's own "heading 1" to "heading 3" (with outline levels),
/// so Word's navigation pane, table of contents and accessibility checker see the structure.
/// </summary>
internal static class WordStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Label = "ClassificationStatement";
    public const string Provenance = "Provenance";
    public const string Caption = "Caption";
    public const string Note = "Note";
    public const string ListParagraph = "ListParagraph";
    public const string TableText = "TableText";
    public const string TableGrid = "TableGrid";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const int BulletNumbering = 1;

    public static string HeadingStyle(int level) => $"Heading{level}";

    public static void Write(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                    new FontSize { Val = "22" }, new FontSizeComplexScript { Val = "22" }, new Languages { Val = "en-GB" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            ParagraphStyle("Normal", "Normal", null, isDefault: true),
            ParagraphStyle(Title, "Title", null, runProperties: [new Bold(), new FontSize { Val = "40" }, new Color { Val = "0B0C0C" }],
                paragraphProperties: [new SpacingBetweenLines { Before = "240", After = "120" }]),
            ParagraphStyle(Subtitle, "Subtitle", null, runProperties: [new FontSize { Val = "28" }, new Color { Val = "505A5F" }]),
            Heading(1, "32"),
            Heading(2, "26"),
            Heading(3, "22"),
            ParagraphStyle(Label, "Classification statement", null, runProperties: [new Italic(), new FontSize { Val = "18" }]),
            ParagraphStyle(Provenance, "Provenance", null, runProperties: [new FontSize { Val = "16" }, new Color { Val = "505A5F" }]),
            ParagraphStyle(Caption, "caption", null, runProperties: [new Italic(), new FontSize { Val = "18" }]),
            ParagraphStyle(Note, "Note", null, runProperties: [new FontSize { Val = "20" }],
                paragraphProperties: [new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 24, Color = "B1B4B6", Space = 8 }),
                    new Indentation { Left = "284" }]),
            ParagraphStyle(ListParagraph, "List Paragraph", null, paragraphProperties: [new Indentation { Left = "720" }]),
            ParagraphStyle(TableText, "Table text", null, paragraphProperties: [new SpacingBetweenLines { Before = "40", After = "40" }]),
            ParagraphStyle(Header, "header", null, paragraphProperties: [new Justification { Val = JustificationValues.Center }]),
            ParagraphStyle(Footer, "footer", null, runProperties: [new FontSize { Val = "18" }],
                paragraphProperties: [new Justification { Val = JustificationValues.Center }]),
            new Style(
                new StyleName { Val = "Table Grid" },
                new UIPriority { Val = 59 },
                new StyleTableProperties(
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                        new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                        new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                        new RightBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" }),
                    new TableCellMarginDefault(
                        new TopMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = TableGrid });

        var numbering = main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
        numbering.Numbering = new Numbering(
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = NumberFormatValues.Bullet },
                    new LevelText { Val = "•" },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
                { LevelIndex = 0 })
            { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletNumbering });
    }

    private static Style Heading(int level, string size) => ParagraphStyle(HeadingStyle(level), $"heading {level}", "Normal",
        runProperties: [new Bold(), new FontSize { Val = size }, new FontSizeComplexScript { Val = size }, new Color { Val = "0B0C0C" }],
        paragraphProperties: [new KeepNext(), new SpacingBetweenLines { Before = level == 1 ? "360" : "240", After = "120" },
            new OutlineLevel { Val = level - 1 }]);

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault = false,
        OpenXmlElement[]? runProperties = null, OpenXmlElement[]? paragraphProperties = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        style.Append(new StyleName { Val = name });
        if (basedOn is not null || !isDefault) style.Append(new BasedOn { Val = basedOn ?? "Normal" });
        style.Append(new NextParagraphStyle { Val = "Normal" });
        style.Append(new PrimaryStyle());
        if (paragraphProperties is { Length: > 0 }) style.Append(new StyleParagraphProperties(paragraphProperties));
        if (runProperties is { Length: > 0 }) style.Append(new StyleRunProperties(runProperties));
        return style;
    }
}
