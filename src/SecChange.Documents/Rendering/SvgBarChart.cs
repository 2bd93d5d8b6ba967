using System.Globalization;
using System.Net;
using System.Text;
using SecChange.Documents.Model;

namespace SecChange.Documents.Rendering;

/// <summary>
/// A bar chart drawn as SVG (the web page and the PDF): bars to scale from zero, each value above its bar and its
/// category below. Colours are presentation attributes (allowed under the website's content security policy, which
/// forbids style attributes) and classes for a stylesheet to override.
/// </summary>
internal static class SvgBarChart
{
    private const int Width = 640;
    private const int Height = 300;
    private const int Left = 48;
    private const int Top = 24;
    private const int Bottom = 56;

    public static string Render(BarChart chart)
    {
        var svg = new StringBuilder();
        var plotHeight = Height - Top - Bottom;
        var plotWidth = Width - Left - 8;
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{E(WordChart.Describe(chart))}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"sc-chart__axis\" stroke=\"#0b0c0c\" x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - 8}\" y2=\"{Top + plotHeight}\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"sc-chart__text\" x=\"12\" y=\"{Top + plotHeight / 2}\" transform=\"rotate(-90 12 {Top + plotHeight / 2})\" text-anchor=\"middle\">{E(chart.ValueTitle)}</text>\n");
        var count = Math.Max(chart.Bars.Count, 1);
        var slot = (double)plotWidth / count;
        var barWidth = slot * 0.6;
        var max = chart.Maximum <= 0 ? 1m : chart.Maximum;
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var h = (double)(Math.Max(bar.Value, 0) / max) * plotHeight;
            var x = Left + slot * i + (slot - barWidth) / 2;
            var y = Top + plotHeight - h;
            var centre = x + barWidth / 2;
            svg.Append(Format($"<rect class=\"sc-chart__bar\" fill=\"#1d70b8\" x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{barWidth:0.#}\" height=\"{h:0.#}\"/>\n"));
            svg.Append(Format($"<text class=\"sc-chart__text\" x=\"{centre:0.#}\" y=\"{y - 6:0.#}\" text-anchor=\"middle\">{WordChart.Number(bar.Value)}</text>\n"));
            svg.Append(Format($"<text class=\"sc-chart__text\" x=\"{centre:0.#}\" y=\"{Top + plotHeight + 18:0.#}\" text-anchor=\"middle\">{E(bar.Category)}</text>\n"));
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
