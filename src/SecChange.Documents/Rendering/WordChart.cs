using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using SecChange.Documents.Model;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SecChange.Documents.Rendering;

/// <summary>
/// A bar chart as a native Word chart (DrawingML chart part, values cached in the chart itself), so Word and
/// LibreOffice draw it and a reader can restyle it; the categories and values are the model's, in its order.
/// </summary>
internal static class WordChart
{
    private const long Width = 5_486_400;  // 15.24 cm in EMUs
    private const long Height = 2_743_200; // 7.62 cm

    public static W.Paragraph Add(MainDocumentPart main, BarChart chart, int number)
    {
        var id = $"rIdChart{number}";
        var part = main.AddNewPart<ChartPart>(id);
        using (var stream = part.GetStream(FileMode.Create))
        {
            var xml = Encoding.UTF8.GetBytes(ChartXml(chart));
            stream.Write(xml);
        }

        var inline = new Dw.Inline(
            new Dw.Extent { Cx = Width, Cy = Height },
            new Dw.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Dw.DocProperties { Id = (uint)number, Name = $"Chart {number}", Description = Describe(chart) },
            new Dw.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = id }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        {
            DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
        };
        return new W.Paragraph(new W.Run(new W.Drawing(inline)));
    }

    /// <summary>The chart's alternative text: its title and every bar ("Define: 15; Refine: 20; ...").</summary>
    public static string Describe(BarChart chart) =>
        $"{chart.Title}: " + string.Join("; ", chart.Bars.Select(b => $"{b.Category}: {Number(b.Value)}"));

    private static string ChartXml(BarChart chart)
    {
        var n = chart.Bars.Count;
        var categories = string.Concat(chart.Bars.Select((b, i) => $"<c:pt idx=\"{i}\"><c:v>{Escape(b.Category)}</c:v></c:pt>"));
        var values = string.Concat(chart.Bars.Select((b, i) => $"<c:pt idx=\"{i}\"><c:v>{Number(b.Value)}</c:v></c:pt>"));
        var last = n + 1;
        return $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <c:roundedCorners val="0"/>
            <c:chart>
            <c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-GB" sz="1200" b="1"/><a:t>{Escape(chart.Title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>
            <c:autoTitleDeleted val="0"/>
            <c:plotArea><c:layout/>
            <c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>
            <c:ser><c:idx val="0"/><c:order val="0"/>
            <c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>{Escape(chart.ValueTitle)}</c:v></c:pt></c:strCache></c:strRef></c:tx>
            <c:spPr><a:solidFill><a:srgbClr val="1D70B8"/></a:solidFill></c:spPr>
            <c:invertIfNegative val="0"/>
            <c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>
            <c:cat><c:strRef><c:f>Sheet1!$A$2:$A${last}</c:f><c:strCache><c:ptCount val="{n}"/>{categories}</c:strCache></c:strRef></c:cat>
            <c:val><c:numRef><c:f>Sheet1!$B$2:$B${last}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="{n}"/>{values}</c:numCache></c:numRef></c:val>
            </c:ser>
            <c:gapWidth val="80"/><c:axId val="5001"/><c:axId val="5002"/>
            </c:barChart>
            <c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>
            <c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:title><c:tx><c:rich><a:bodyPr rot="-5400000" vert="horz"/><a:p><a:r><a:rPr lang="en-GB"/><a:t>{Escape(chart.ValueTitle)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>
            </c:plotArea>
            <c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>
            </c:chart>
            </c:chartSpace>
            """;
    }

    internal static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text);
}
