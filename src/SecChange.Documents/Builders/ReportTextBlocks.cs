using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SecChange.Documents.Model;
using MarkdownBlock = Markdig.Syntax.Block;
using MarkdownParagraph = Markdig.Syntax.ParagraphBlock;

namespace SecChange.Documents.Builders;

/// <summary>
/// The blocks of a text SECAS wrote for a document (a Modification Report's issue, solution, views ...), read as
/// Markdown: blank lines separate paragraphs, "### " starts a sub-heading, "- " a bullet, **bold** and *italic* keep
/// their emphasis. Anything else Markdown offers (links, code, quotes) is kept as its plain text: documents print words.
/// </summary>
public static class ReportTextBlocks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <param name="headingLevel">The document heading level a "###" heading becomes (the text sits under a section's heading);
    /// "####" and deeper go one level down, as far as level 3.</param>
    public static IReadOnlyList<Model.Block> Of(string text, int headingLevel = 3)
    {
        var blocks = new List<Model.Block>();
        foreach (var block in Markdown.Parse(text, Pipeline))
        {
            Add(block, blocks, headingLevel);
        }

        return blocks;
    }

    private static void Add(MarkdownBlock block, List<Model.Block> blocks, int headingLevel)
    {
        switch (block)
        {
            case HeadingBlock h:
                blocks.Add(new Heading(Math.Min(3, headingLevel + Math.Max(0, h.Level - 3)), Paragraph.Of([.. Runs(h.Inline)]).Text));
                break;
            case MarkdownParagraph p:
                blocks.Add(new Paragraph([.. Runs(p.Inline)]));
                break;
            case ListBlock l:
                blocks.Add(new BulletList([.. l.OfType<ListItemBlock>().Select(Item)]));
                break;
            case ContainerBlock container:
                foreach (var child in container) Add(child, blocks, headingLevel);
                break;
            case LeafBlock leaf when leaf.Lines.ToString().Trim() is { Length: > 0 } raw:
                blocks.Add((Paragraph)raw);
                break;
        }
    }

    /// <summary>A bullet: its paragraphs joined into one (a document's bullet is one paragraph).</summary>
    private static Paragraph Item(ListItemBlock item)
    {
        var runs = new List<Run>();
        foreach (var p in item.Descendants<MarkdownParagraph>())
        {
            if (runs.Count > 0) runs.Add(new Run(" "));
            runs.AddRange(Runs(p.Inline));
        }

        return new Paragraph(runs);
    }

    private static IEnumerable<Run> Runs(ContainerInline? inline, bool bold = false, bool italic = false)
    {
        if (inline is null) yield break;
        foreach (var child in inline)
        {
            switch (child)
            {
                case LiteralInline literal:
                    yield return new Run(literal.Content.ToString(), bold, italic);
                    break;
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2;
                    foreach (var run in Runs(emphasis, bold || strong, italic || !strong)) yield return run;
                    break;
                case CodeInline code:
                    yield return new Run(code.Content, bold, italic);
                    break;
                case LineBreakInline:
                    yield return new Run(" ", bold, italic);
                    break;
                case ContainerInline container:
                    foreach (var run in Runs(container, bold, italic)) yield return run;
                    break;
                case HtmlEntityInline entity:
                    yield return new Run(entity.Transcoded.ToString(), bold, italic);
                    break;
            }
        }
    }
}
