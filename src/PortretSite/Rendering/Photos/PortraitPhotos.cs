using System.Net;
using Markdig.Syntax.Inlines;
using PortretSite.Content.Portraits;
using PortretSite.Images;
using PortretSite.Rendering.Clips;
using PortretSite.Rendering.Story;

namespace PortretSite.Rendering.Photos;

/// <summary>The photos of one portrait, ready to place: what the editor said about each, and its processed files.</summary>
public sealed class PortraitPhotos(Portrait portrait, PhotoCatalog catalog, IPhotoMarkup html) : IStoryPhotos
{
    public IPhotoMarkup Html => html;

    /// <summary>The portrait's clips, which the story places where it names a recording; none on pages that play no clips.</summary>
    public PortraitClips? Clips { get; init; }

    public PhotoAsset? Asset(PhotoRef photo) => catalog.Find(photo.FullPath);

    public PortraitPhoto? Entry(PhotoRef photo) => portrait.FindPhoto(photo.RelativePath);

    /// <summary>The caption: the editor's, else the description the camera or scanner stored, else the year it was taken.</summary>
    public string? Caption(PhotoRef photo) =>
        Entry(photo)?.Caption ?? Asset(photo)?.Metadata.Description ?? Asset(photo)?.Metadata.Taken?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Alt(PhotoRef photo, string? fallback = null) =>
        Entry(photo)?.Alt ?? Caption(photo) ?? fallback ?? "";

    public string? Picture(PhotoRef photo, PhotoPlacement placement, string? alt = null, bool eager = false) =>
        Asset(photo) is { } asset ? html.Picture(asset, alt ?? Alt(photo), placement, eager) : null;

    public string? Figure(LinkInline image, string captionHtml, string captionText)
    {
        if (portrait.Story.ClipOf(image) is { } clip)
        {
            return Clips?.Placement(clip) is { } placed ? $"<p class=\"clip-placement\">{placed}</p>" : null;
        }

        if (portrait.Story.PhotoOf(image) is not { } photo || Asset(photo) is not { } asset)
        {
            return null;
        }

        var caption = captionHtml.Length > 0 ? captionHtml : WebUtility.HtmlEncode(Caption(photo) ?? "");
        var alt = Entry(photo)?.Alt ?? (captionText.Length > 0 ? captionText : Alt(photo));
        var figure = $"<figure class=\"figure\">{html.Picture(asset, alt, PhotoPlacement.Figure)}";
        return caption.Length > 0 ? $"{figure}<figcaption>{caption}</figcaption></figure>" : $"{figure}</figure>";
    }

    public string? Inline(LinkInline image, string alt) =>
        portrait.Story.ClipOf(image) is { } clip ? Clips?.Placement(clip) : portrait.Story.PhotoOf(image) is { } photo && Asset(photo) is { } asset ? html.Picture(asset, alt.Length > 0 ? alt : Alt(photo), PhotoPlacement.Thumb) : null;
}
