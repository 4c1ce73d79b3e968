using System.Text.Json.Serialization;
using PortretSite.Content.Settings;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Images;

/// <summary>
/// The native part of the photo stage: reads, decodes and encodes one photo and writes what it
/// makes into the cache folder. A photo that cannot be made comes back with the problem, never as
/// an exception; every method is thread-safe.
/// </summary>
public interface IPhotoMaker
{
    MadePhoto MakeVariants(VariantsRequest request);

    MadePrint MakePrint(PrintRequest request);
}

/// <summary>One photo to make; the discriminators name it on a worker's pipe.</summary>
[JsonDerivedType(typeof(VariantsRequest), "variants")]
[JsonDerivedType(typeof(PrintRequest), "print")]
public abstract record PhotoRequest(string Source, string CacheFolder);

/// <summary>Every web variant and the placeholder of a photo, named from <paramref name="Key"/>; refused above <paramref name="MaxPixels"/>.</summary>
public sealed record VariantsRequest(string Source, string CacheFolder, string Key, ImageSettings Settings, long MaxPixels) : PhotoRequest(Source, CacheFolder);

/// <summary>A stripped JPEG for print, <paramref name="Width"/> pixels wide (at most the photo's width), as <paramref name="FileName"/>.</summary>
public sealed record PrintRequest(string Source, string CacheFolder, string FileName, int Width, int Quality) : PhotoRequest(Source, CacheFolder);

/// <summary>Why a photo could not be made, and the library's own words for <c>--verbose</c>.</summary>
public sealed record PhotoProblem(Message Message, string? Detail = null);

/// <summary>What the cache should remember of the photo, or why it could not be made.</summary>
public sealed record MadePhoto(CachedPhoto? Photo, PhotoProblem? Problem);

/// <summary>Nothing when the print file was written, else why not.</summary>
public sealed record MadePrint(PhotoProblem? Problem);
