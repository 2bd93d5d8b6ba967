using SecChange.Domain.Errors;

namespace SecChange.Documents.Rendering;

/// <summary>The file formats every document renders to.</summary>
public enum OutputFormat
{
    Docx,
    Pdf,
    Html,
    Markdown,
}

public static class OutputFormats
{
    public const string Names = "docx, pdf, html or md";

    /// <summary>Reads "docx", "pdf", "html" or "md" (also "markdown"), any case; anything else is bad input naming the choices.</summary>
    public static OutputFormat Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "docx" or "word" => OutputFormat.Docx,
        "pdf" => OutputFormat.Pdf,
        "html" or "htm" => OutputFormat.Html,
        "md" or "markdown" => OutputFormat.Markdown,
        _ => throw DomainException.Invalid($"'{Shorten(text)}' is not a document format: use {Names}."),
    };

    public static string Extension(this OutputFormat format) => format switch
    {
        OutputFormat.Docx => "docx",
        OutputFormat.Pdf => "pdf",
        OutputFormat.Html => "html",
        _ => "md",
    };

    public static string ContentType(this OutputFormat format) => format switch
    {
        OutputFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        OutputFormat.Pdf => "application/pdf",
        OutputFormat.Html => "text/html; charset=utf-8",
        _ => "text/markdown; charset=utf-8",
    };

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 20 ? text : text[..20] + "…";
}
