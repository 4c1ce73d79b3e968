using PortretSite.Foundation.State;
using System.Globalization;
using PortretSite.Content.Settings;

namespace PortretSite.Images;

/// <summary>
/// Makes photos in this process: one decode at the largest width needed, every smaller width and
/// the placeholder derived from it, all stripped of metadata.
/// </summary>
public sealed class PhotoMaker(IImageProcessor processor) : IPhotoMaker
{
    private const int PlaceholderWidth = 24;
    private static readonly (byte R, byte G, byte B) Paper = (0xFB, 0xF8, 0xF3);

    public MadePhoto MakeVariants(VariantsRequest request)
    {
        try
        {
            var header = processor.ReadHeader(request.Source);
            return header.Pixels > request.MaxPixels
                ? new MadePhoto(null, new PhotoProblem(ImageMessages.TooManyPixels(header.Width, header.Height, request.MaxPixels)))
                : new MadePhoto(Make(request), null);
        }
        catch (ImageReadException ex)
        {
            return new MadePhoto(null, Unreadable(ex));
        }
        catch (IOException ex)
        {
            return new MadePhoto(null, new PhotoProblem(ImageMessages.FileNotReadable, ex.Message));
        }
    }

    public MadePrint MakePrint(PrintRequest request)
    {
        try
        {
            using var decoded = processor.Decode(request.Source, request.Width, 10_000_000);
            new CacheFiles(request.CacheFolder).WriteAtomically(request.FileName, decoded.Encode(decoded.Width, ImageFormat.Jpeg, request.Quality, Paper));
            return new MadePrint(null);
        }
        catch (ImageReadException ex)
        {
            return new MadePrint(Unreadable(ex));
        }
        catch (IOException ex)
        {
            return new MadePrint(new PhotoProblem(ImageMessages.FileNotReadable, ex.Message));
        }
    }

    private CachedPhoto Make(VariantsRequest request)
    {
        var (source, key, settings) = (request.Source, request.Key, request.Settings);
        var files = new CacheFiles(request.CacheFolder);
        var metadata = PhotoMetadataReader.Read(source);
        using var decoded = processor.Decode(source, settings.Widths.Max(), 10_000_000);
        var widths = settings.Widths.Where(w => w < decoded.Width).Append(decoded.Width).Where(w => w <= settings.Widths.Max()).Distinct().Order().ToList();
        var variants = new List<CachedVariant>();
        var formats = settings.Formats.Select(Format).ToList();
        foreach (var format in formats)
        {
            // The last format is the fallback for browsers that read none of the others: one width is enough.
            var formatWidths = format == formats[^1] && formats.Count > 1 ? [FallbackWidth(widths)] : widths;
            // From the largest down, so each width is reduced from the one before it; listed from the smallest up.
            var made = new List<CachedVariant>();
            foreach (var width in formatWidths.OrderDescending())
            {
                var fileName = string.Create(CultureInfo.InvariantCulture, $"{key}-{width}.{Extension(format)}");
                files.WriteAtomically(fileName, decoded.Encode(width, format, Quality(format, settings), Paper));
                made.Add(new CachedVariant(fileName, width, (int)Math.Round((double)decoded.Height * width / decoded.Width), MediaType(format)));
            }

            variants.AddRange(made.OrderBy(v => v.Width));
        }

        var placeholder = "data:image/webp;base64," + Convert.ToBase64String(decoded.Encode(Math.Min(PlaceholderWidth, decoded.Width), ImageFormat.Webp, 40, Paper));
        return new CachedPhoto(decoded.Width, decoded.Height, variants, placeholder, metadata.Taken, metadata.Description);
    }

    /// <summary>The fallback's width: the largest made width up to 960 pixels, or the smallest there is.</summary>
    private static int FallbackWidth(List<int> widths) => widths.Where(w => w <= 960).DefaultIfEmpty(widths[0]).Max();

    /// <summary>The library's own words only for --verbose.</summary>
    private static PhotoProblem Unreadable(ImageReadException ex) =>
        new(ex.NotAnImage ? ImageMessages.Unreadable : ImageMessages.Incomplete, ex.Message);

    private static ImageFormat Format(string name) => name switch
    {
        "webp" => ImageFormat.Webp,
        "avif" => ImageFormat.Avif,
        _ => ImageFormat.Jpeg,
    };

    private static int Quality(ImageFormat format, ImageSettings settings) => format switch
    {
        ImageFormat.Webp => settings.WebpQuality,
        ImageFormat.Avif => settings.AvifQuality,
        _ => settings.JpegQuality,
    };

    private static string Extension(ImageFormat format) => format switch
    {
        ImageFormat.Webp => "webp",
        ImageFormat.Avif => "avif",
        _ => "jpg",
    };

    private static string MediaType(ImageFormat format) => format switch
    {
        ImageFormat.Webp => "image/webp",
        ImageFormat.Avif => "image/avif",
        _ => "image/jpeg",
    };
}
