using PortretSite.Foundation;
using System.Globalization;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Images;

/// <summary>Messages about photos, in English and Dutch.</summary>
public static class ImageMessages
{
    public static readonly Message Empty = new("the photo file is empty (0 bytes)", "het fotobestand is leeg (0 bytes)");

    public static Message TooLarge(long bytes, long max) => new(
        $"the photo is {Megabytes(bytes)} MB, more than the limit of {Megabytes(max)} MB (raise Limits.MaxFileMegabytes in {SiteLayout.SettingsFileName})",
        $"de foto is {Megabytes(bytes)} MB, meer dan de grens van {Megabytes(max)} MB (verhoog Limits.MaxFileMegabytes in {SiteLayout.SettingsFileName})");

    public static Message TooManyPixels(int width, int height, long maxPixels) => new(
        $"the photo is {width} × {height} pixels, more than the limit of {maxPixels / 1_000_000} megapixels (raise Limits.MaxMegapixels in {SiteLayout.SettingsFileName})",
        $"de foto is {width} × {height} pixels, meer dan de grens van {maxPixels / 1_000_000} megapixels (verhoog Limits.MaxMegapixels in {SiteLayout.SettingsFileName})");

    public static Message Unreadable(string detail) => new(
        $"cannot read the photo: {detail}",
        $"kan de foto niet lezen: {detail}");

    public static Message Incomplete(string detail) => new(
        $"the photo is incomplete or damaged ({detail}); copy it again from the original",
        $"de foto is onvolledig of beschadigd ({detail}); kopieer hem opnieuw van het origineel");

    public static Message WorkerCrashed(string how) => new(
        $"the photo program stopped twice while making this photo ({how}); the other photos were made. Open the photo in a photo editor and save it again, or leave it out",
        $"het fotoprogramma stopte twee keer bij het maken van deze foto ({how}); de andere foto's zijn gemaakt. Open de foto in een fotobewerker en bewaar hem opnieuw, of laat hem weg");

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture);
}
