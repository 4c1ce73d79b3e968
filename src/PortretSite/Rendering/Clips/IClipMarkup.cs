using PortretSite.Audio;
using PortretSite.Content.Portraits;

namespace PortretSite.Rendering.Clips;

/// <summary>How a clip is written into a page: a player on screens, a QR code on paper.</summary>
public interface IClipMarkup
{
    /// <summary>The clip where the portrait lists its recordings; <paramref name="labelledBy"/> is the id of its title.</summary>
    string Player(ClipAsset asset, PortraitClip clip, string labelledBy);

    /// <summary>Where the story places the clip (<c>![title](audio/….m4a)</c>); <paramref name="anchor"/> is the id of its player.</summary>
    string Placement(ClipAsset asset, PortraitClip clip, string anchor, string label);
}
