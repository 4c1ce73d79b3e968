using PortretSite.Images;
using PortretSite.Rendering.Photos;

namespace PortretSite.Print.Booklet;

/// <summary>
/// A stand-in for the print photos that writes nothing and makes no files: it only notes the
/// widest place the booklet gives each photo, so its print resolution is known without printing.
/// </summary>
public sealed class PlacementRecorder(BookletGeometry geometry) : IPhotoMarkup
{
    private readonly Dictionary<PhotoAsset, double> _widest = [];

    /// <summary>Each photo the booklet places, with the widest width it is drawn at, in millimetres.</summary>
    public IReadOnlyDictionary<PhotoAsset, double> Widest => _widest;

    public string Picture(PhotoAsset asset, string alt, PhotoPlacement placement, bool eager = false)
    {
        var millimetres = geometry.PlacedWidth(asset, placement);
        _widest[asset] = Math.Max(millimetres, _widest.GetValueOrDefault(asset));
        return "";
    }

    public PhotoLink Large(PhotoAsset asset) => new("#", "");
}
