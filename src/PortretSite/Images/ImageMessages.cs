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

    public static readonly Message Unreadable = new(
        "cannot read the photo: not an image format PortretSite can read (JPEG, PNG, WebP, TIFF, HEIC or AVIF); save it again as JPEG",
        "kan de foto niet lezen: geen beeldformaat dat PortretSite kan lezen (JPEG, PNG, WebP, TIFF, HEIC of AVIF); sla hem opnieuw op als JPEG");

    public static readonly Message Incomplete = new(
        "the photo is incomplete or damaged; copy it again from the original",
        "de foto is onvolledig of beschadigd; kopieer hem opnieuw van het origineel");

    public static readonly Message FileNotReadable = new(
        "cannot open the photo file; is it still being copied, or open in another program?",
        "kan het fotobestand niet openen; wordt het nog gekopieerd, of is het open in een ander programma?");

    public static Message WorkerCrashed(string how) => new(
        $"the photo program stopped twice while making this photo ({how}); the other photos were made. Open the photo in a photo editor and save it again, or leave it out",
        $"het fotoprogramma stopte twee keer bij het maken van deze foto ({how}); de andere foto's zijn gemaakt. Open de foto in een fotobewerker en bewaar hem opnieuw, of laat hem weg");

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture);
}
