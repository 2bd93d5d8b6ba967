using SecChange.Cli.Rendering;

namespace SecChange.Cli.Tests;

/// <summary>The CLI's plain-text tables: columns as wide as their text, wrapped between words to fit, escaped.</summary>
public class TextTableTests
{
    // MP105's solution, from the draft Modification Report (seed 003).
    private const string Solution =
        "Add SR 11.2 to the exception list of the E5 authorisation check so that a 'Suspended' Device's firmware version can be read";

    private static string[] Lines(TextTable table, int width)
    {
        var output = new StringWriter();
        table.WriteTo(output, width);
        return output.ToString().Split(Environment.NewLine)[..^1];
    }

    [Fact]
    public void WriteTo_WhenTheTableFits_PrintsAHeaderARuleAndRowsInColumnsThreeSpacesApart()
    {
        var table = new TextTable("Assessment", "Kind", "Status").AddRow("PA1", "PA", "Returned").AddRow("IA1", "IA", "Open");

        Lines(table, 160).ShouldBe(
        [
            "",
            "  Assessment   Kind   Status",
            new string('─', 2 + 10 + 3 + 4 + 3 + 8 + 2),
            "  PA1          PA     Returned",
            "  IA1          IA     Open",
            "",
        ]);
    }

    [Fact]
    public void WriteTo_WhenTooWide_WrapsTheWidestColumnBetweenWordsAndKeepsWithinTheWidth()
    {
        var table = new TextTable("Modification", "Solution").AddRow("MP105", Solution);

        var lines = Lines(table, 60);

        lines.ShouldAllBe(line => line.Length <= 60);
        lines.Length.ShouldBeGreaterThan(6);
        string.Join(" ", lines.Skip(3).Select(l => l.Length > 17 ? l[17..].Trim() : "").Where(l => l != "")).ShouldBe(Solution);
        lines[3].ShouldStartWith("  MP105          Add SR 11.2 to the");
    }

    [Fact]
    public void WriteTo_WhenAWordIsLongerThanItsColumnCanBe_SplitsTheWord()
    {
        var table = TextTable.Grid(2).AddRow("Link", new string('x', 50));

        var lines = Lines(table, 30);

        lines.ShouldAllBe(line => line.Length <= 30);
        string.Concat(lines.Select(l => l[6..])).ShouldBe(new string('x', 50));
    }

    [Fact]
    public void WriteTo_WhenAColumnIsRightAligned_PadsOnTheLeft()
    {
        var table = new TextTable().AddColumn("Type").AddColumn("Devices", rightAligned: true).AddRow("ESME", "12").AddRow("GSME", "1,204");

        Lines(table, 160)[3..5].ShouldBe(["  ESME        12", "  GSME     1,204"]);
    }

    [Fact]
    public void WriteTo_WhenACellHoldsLines_KeepsThemAsLinesOfTheRow()
    {
        var table = new TextTable("Reference", "Updates").AddRow("CSC 11/01", "CSC 12 (5 Feb 2020): open\nCSC 13 (4 Mar 2020): closed");

        Lines(table, 160)[3..5].ShouldBe(["  CSC 11/01   CSC 12 (5 Feb 2020): open", "              CSC 13 (4 Mar 2020): closed"]);
    }

    [Fact]
    public void AddRow_WhenTextHoldsControlCharacters_PrintsThemEscaped()
    {
        var table = TextTable.Grid(2).AddRow("Title", "Red\u001b[31m alert");

        Lines(table, 160).ShouldBe(["Title  Red\\u001B[31m alert"]);
    }

    [Fact]
    public void AddRow_WhenThereAreMoreCellsThanColumns_Refuses()
    {
        Should.Throw<ArgumentException>(() => new TextTable("One").AddRow("a", "b"));
    }
}
