using System.Text;
using SecChange.Documents.Model;

namespace SecChange.Documents.Rendering;

/// <summary>A rendered document: its bytes, media type and a file name made from the document's own name.</summary>
public sealed record RenderedDocument(byte[] Content, string ContentType, string FileName);

/// <summary>
/// Renders one document model to any format; every host (CLI, web, API) renders through this, so the same
/// document and format always give the same bytes.
/// </summary>
public sealed class DocumentRenderer(ChromiumPdfPrinter pdf)
{
    /// <param name="fileStem">The file name without extension, e.g. "minutes-CSC-11".</param>
    public async Task<RenderedDocument> RenderAsync(Document document, OutputFormat format, string fileStem, CancellationToken ct = default)
    {
        var content = format switch
        {
            OutputFormat.Docx => WordRenderer.Render(document),
            OutputFormat.Pdf => await pdf.PrintAsync(HtmlRenderer.Standalone(document, forPrint: true), document.Provenance.Stamp, ct),
            OutputFormat.Html => Encoding.UTF8.GetBytes(HtmlRenderer.Standalone(document)),
            _ => Encoding.UTF8.GetBytes(MarkdownRenderer.Render(document)),
        };
        return new RenderedDocument(content, format.ContentType(), $"{fileStem}.{format.Extension()}");
    }
}
