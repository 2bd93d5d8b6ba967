using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SecChange.Web.Feeds;

/// <summary>The register rows as an Excel workbook: one sheet, a heading row, text as text and the next key date as a date.</summary>
public static class RegisterWorkbook
{
    private const uint DateStyle = 1;
    private const uint HeadingStyle = 2;

    public static byte[] Write(IReadOnlyList<DownloadRow> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(DownloadRow.Headings.Select(h => Text(h, HeadingStyle))));
            foreach (var row in rows)
            {
                data.Append(Row([
                    Text(row.Reference), Text(row.Title), Text(row.Stage), Text(row.State), Text(row.Proposer),
                    row.NextKeyDate is { } on ? Date(on) : Text(""), Text(row.NextKeyEvent),
                ]));
            }

            sheetPart.Worksheet = new Worksheet(Columns(), data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Register" }));
        }

        return stream.ToArray();
    }

    private static Row Row(IEnumerable<Cell> cells) => new(cells);

    private static Cell Text(string text, uint style = 0) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style };

    /// <summary>A date as Excel counts it (days since 30 December 1899), shown in the date format.</summary>
    private static Cell Date(NodaTime.LocalDate on) =>
        new(new CellValue(NodaTime.Period.Between(new NodaTime.LocalDate(1899, 12, 30), on, NodaTime.PeriodUnits.Days).Days)) { StyleIndex = DateStyle };

    private static Columns Columns() => new(
        new Column { Min = 1, Max = 1, Width = 12, CustomWidth = true },
        new Column { Min = 2, Max = 2, Width = 60, CustomWidth = true },
        new Column { Min = 3, Max = 5, Width = 22, CustomWidth = true },
        new Column { Min = 6, Max = 6, Width = 14, CustomWidth = true },
        new Column { Min = 7, Max = 7, Width = 40, CustomWidth = true });

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "d mmmm yyyy" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true }) { Count = 3 });
}
