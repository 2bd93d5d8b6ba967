using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace SecChange.Documents.Rendering;

/// <summary>PDF output needs a Chromium browser that is not installed; the message says where it was looked for.</summary>
public sealed class PdfPrinterUnavailableException(string message) : Exception(message);

/// <summary>
/// Prints a standalone HTML document to PDF with headless Chromium (`--print-to-pdf`), the browser the website's
/// tests already use. Chromium dates the file and derives its ID from the moment it prints, so those are replaced
/// (same length, so every offset in the file stays right) with the document's provenance date and an ID derived
/// from the content: the same document gives the same PDF.
/// </summary>
public sealed partial class ChromiumPdfPrinter(string? executable = null)
{
    /// <summary>The variable that names another Chromium or Chrome executable.</summary>
    public const string Variable = "SECCHANGE_CHROMIUM";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The browser used: <see cref="Variable"/>, /usr/bin/chromium, or chromium / chromium-browser / google-chrome on the PATH.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named)
        {
            return File.Exists(named) ? named : null;
        }

        if (File.Exists("/usr/bin/chromium")) return "/usr/bin/chromium";
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => path.Select(dir => Path.Combine(dir, name))).FirstOrDefault(File.Exists);
    }

    public async Task<byte[]> PrintAsync(string html, Instant stamp, CancellationToken ct = default)
    {
        var browser = executable ?? Find() ?? throw new PdfPrinterUnavailableException(
            $"PDF output needs Chromium: none was found at /usr/bin/chromium or on the PATH (set {Variable} to its path, or choose docx, html or md).");
        var work = Directory.CreateTempSubdirectory("secchange-pdf-");
        try
        {
            var page = Path.Combine(work.FullName, "document.html");
            var pdf = Path.Combine(work.FullName, "document.pdf");
            await File.WriteAllTextAsync(page, html, Encoding.UTF8, ct);
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                         "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw", $"--user-data-dir={Path.Combine(work.FullName, "profile")}",
                         $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
                     })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new PdfPrinterUnavailableException($"Chromium ({browser}) could not be started.");
            var errors = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            if (!File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                var said = (await errors).Trim();
                throw new PdfPrinterUnavailableException($"Chromium ({browser}) did not print the PDF (exit {process.ExitCode}){(said.Length > 0 ? ": " + said.Split('\n')[^1] : ".")}");
            }

            return Normalise(await File.ReadAllBytesAsync(pdf, ct), stamp);
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Replaces the print time in /CreationDate and /ModDate and the time-derived /ID with fixed, same-length values.</summary>
    internal static byte[] Normalise(byte[] pdf, Instant stamp)
    {
        // Latin-1 maps every byte to one char and back, so binary streams survive the round trip untouched.
        var text = Encoding.Latin1.GetString(pdf);
        var date = "D:" + InstantPattern.CreateWithInvariantCulture("uuuuMMddHHmmss").Format(stamp);
        text = PdfDate().Replace(text, m => m.Groups[1].Value + SameLengthDate(m.Groups[2].Value, date) + ")");
        var withoutId = PdfId().Replace(text, m => m.Groups[1].Value + new string('0', m.Groups[2].Length) + m.Groups[3].Value + new string('0', m.Groups[4].Length) + ">");
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.Latin1.GetBytes(withoutId)));
        text = PdfId().Replace(text, m => m.Groups[1].Value + Repeat(hash, m.Groups[2].Length) + m.Groups[3].Value + Repeat(hash, m.Groups[4].Length) + ">");
        return Encoding.Latin1.GetBytes(text);
    }

    // "D:20261202003412+00'00'" becomes the stamp in UTC; an unexpected shape keeps its time-zone tail so the length holds.
    private static string SameLengthDate(string old, string date) =>
        old.Length == date.Length + 7 ? date + "+00'00'" : old.Length >= date.Length ? date + old[date.Length..] : old;

    private static string Repeat(string hex, int length) => string.Concat(Enumerable.Repeat(hex, length / hex.Length + 1))[..length];

    [GeneratedRegex(@"(/(?:CreationDate|ModDate)\s*\()(D:[^)]*)\)")]
    private static partial Regex PdfDate();

    [GeneratedRegex(@"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)>")]
    private static partial Regex PdfId();
}
