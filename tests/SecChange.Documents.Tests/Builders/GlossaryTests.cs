using SecChange.Documents.Builders;
using SecChange.Documents.Glossary;
using SecChange.Documents.Model;

namespace SecChange.Documents.Tests.Builders;

public sealed class GlossaryTests
{
    [Fact]
    public void Shipped_DefinesEachAcronymOnceWithTheSecMeaning()
    {
        var glossary = SecGlossary.Shipped;

        glossary.Count.ShouldBeGreaterThan(50);
        glossary.TermFor("SMI").ShouldBe("Smart Metering Inventory");
        glossary.TermFor("CoS").ShouldBe("Change of Supplier");
        glossary.TermFor("COS").ShouldBeNull(); // acronyms are matched as written
    }

    [Fact]
    public void Parse_WhenAnAcronymIsDefinedTwice_IsRefused()
    {
        var ex = Should.Throw<InvalidDataException>(() => SecGlossary.Parse(new StringReader("SMI\tSmart Metering Inventory\nSMI\tSmart Metering Equipment Technical Specifications\n")));
        ex.Message.ShouldContain("defines SMI twice");
    }

    [Fact]
    public void Parse_WhenALineIsNotAcronymTabTerm_NamesTheLine()
    {
        var ex = Should.Throw<InvalidDataException>(() => SecGlossary.Parse(new StringReader("# comment\nCPL Central Products List\n")));
        ex.Message.ShouldContain("line 2");
    }

    [Theory]
    [InlineData("PPMIDs and HCALCSs", "HCALCS,PPMID")]
    [InlineData("the SRV's variant and SMETS1 Devices", "SMETS,SRV")]
    [InlineData("Update Security Credentials (CoS)", "CoS")]
    [InlineData("Appendix AD and Section H of the SEC", "SEC")]
    [InlineData("MP105 raises alert N29 with E5", "MP")]
    public void Scan_FindsAcronymsThroughPluralsPossessivesAndNumbers(string text, string expected)
    {
        var used = AcronymScanner.Scan([text], SecGlossary.Shipped);

        string.Join(",", used.Defined.Select(d => d.Acronym).OrderBy(a => a, StringComparer.Ordinal)).ShouldBe(expected);
        used.Undefined.ShouldBeEmpty();
    }

    [Fact]
    public void Scan_WhenAnAcronymIsMissing_ReportsItWithoutInventingATerm()
    {
        var used = AcronymScanner.Scan(["The QZX and the DCC agreed. McDonald said so."], SecGlossary.Shipped);

        used.Defined.Select(d => d.Acronym).ShouldBe(["DCC"]);
        used.Undefined.ShouldBe(["QZX"]); // a long mixed-case word is a name, not an acronym
    }

    [Fact]
    public void ReportText_KeepsHeadingsBulletsAndEmphasisAndDropsRawHtml()
    {
        var blocks = ReportTextBlocks.Of("### Background\n\nA **bold** and *quiet* claim <script>alert(1)</script>.\n\n- one\n- two\n\n#### Detail\n", headingLevel: 2);

        blocks[0].ShouldBe(new Heading(2, "Background"));
        var paragraph = blocks[1].ShouldBeOfType<Paragraph>();
        paragraph.Text.ShouldBe("A bold and quiet claim alert(1).");
        paragraph.Runs.ShouldContain(new Run("bold", Bold: true));
        paragraph.Runs.ShouldContain(new Run("quiet", Italic: true));
        blocks[2].ShouldBeOfType<BulletList>().Items.Select(i => i.Text).ShouldBe(["one", "two"]);
        blocks[3].ShouldBe(new Heading(3, "Detail"));
    }
}
