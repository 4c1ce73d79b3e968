using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Preview;

/// <summary>What the preview says after each rebuild, in English and Dutch.</summary>
internal static class PreviewMessages
{
    public static Message NotUpdated(DateTime started, int errors) => new(
        $"{started:HH:mm:ss} not updated: {errors} error(s)",
        $"{started:HH:mm:ss} niet bijgewerkt: {errors} fout(en)");

    public static Message Updated(DateTime started, string seconds) => new(
        $"{started:HH:mm:ss} updated in {seconds} s",
        $"{started:HH:mm:ss} bijgewerkt in {seconds} s");
}
