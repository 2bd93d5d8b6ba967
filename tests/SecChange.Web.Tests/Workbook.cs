using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SecChange.Web.Tests;

/// <summary>Reads a downloaded workbook back: every cell of its first sheet, row by row.</summary>
public static class Workbook
{
    public static List<List<string>> Rows(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return [.. sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList())];
    }

    public static string Text(byte[] bytes) => string.Join("\n", Rows(bytes).Select(r => string.Join("\t", r)));
}
