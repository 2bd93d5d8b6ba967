using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using NodaTime.Text;
using Document = SecChange.Documents.Model.Document;

namespace SecChange.Documents.Rendering;

/// <summary>The file's own properties (title, subject = label, dates from the provenance, never the clock).</summary>
internal static class WordProperties
{
    public static void Write(WordprocessingDocument word, Document document)
    {
        var stamp = InstantPattern.General.Format(document.Provenance.Stamp);
        var core = word.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        using var stream = core.GetStream(FileMode.Create);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Dc = "http://purl.org/dc/elements/1.1/";
        const string Dcterms = "http://purl.org/dc/terms/";
        const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, Dcterms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, document.FullTitle);
        xml.WriteElementString("dc", "subject", Dc, document.LabelText);
        xml.WriteElementString("dc", "creator", Dc, "SecChange");
        xml.WriteElementString("cp", "keywords", Cp, document.LabelText);
        xml.WriteElementString("dc", "description", Dc, document.Provenance.Describe());
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, Dcterms);
            xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(stamp);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
