using System.Globalization;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Print.Booklet;

namespace PortretSite.Print.Preflight;

public static class PreflightMessages
{
    public static Message PhotoSoft(PhotoResolution photo) => new(
        Format("the booklet prints this photo at {0:0} dpi ({1} px across {2:0} mm); print shops ask for 250 dpi or more, so it may look slightly soft", photo),
        Format("het boekje drukt deze foto op {0:0} dpi ({1} px over {2:0} mm); drukkers vragen 250 dpi of meer, dus hij kan wat zacht ogen", photo));

    public static Message PhotoTooCoarse(PhotoResolution photo) => new(
        Format("the booklet prints this photo at only {0:0} dpi ({1} px across {2:0} mm), below 150 dpi: it will look blurred; use a larger original", photo),
        Format("het boekje drukt deze foto op maar {0:0} dpi ({1} px over {2:0} mm), onder 150 dpi: hij zal wazig ogen; gebruik een groter origineel", photo));

    public static Message FontNotEmbedded(string font) => new(
        $"the booklet uses the font '{font}' without embedding it; the print shop would substitute it",
        $"het boekje gebruikt het lettertype '{font}' zonder het in te bedden; de drukker zou het vervangen");

    public static readonly Message Type3Fonts = new(
        "the booklet has Type 3 fonts (glyphs drawn as pictures), which print shops reject; the browser makes them from fonts with CFF outlines, so use the TrueType-outline version of the font",
        "het boekje heeft Type 3-lettertypes (letters als tekeningen), die drukkers weigeren; de browser maakt ze van lettertypes met CFF-contouren, dus gebruik de versie met TrueType-contouren");

    public static Message Overflow(string text) => new(
        $"text runs into the margin of the booklet: \"{text}\"",
        $"tekst loopt in de marge van het boekje: \"{text}\"");

    private static string Format(string template, PhotoResolution photo) =>
        string.Format(CultureInfo.InvariantCulture, template, photo.Dpi, photo.Pixels, photo.Millimetres);
}
