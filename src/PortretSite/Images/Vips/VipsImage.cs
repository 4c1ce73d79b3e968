using System.Runtime.InteropServices;

namespace PortretSite.Images.Vips;

/// <summary>A reference to a libvips image, released exactly once.</summary>
internal sealed class VipsImage : SafeHandle
{
    private const int InterpretationSrgb = 22;
    private const int FormatUchar = 0;

    public VipsImage(nint handle)
        : base(0, ownsHandle: true) => SetHandle(handle);

    public override bool IsInvalid => handle == 0;

    public int Width => VipsNative.ImageGetWidth(this);

    public int Height => VipsNative.ImageGetHeight(this);

    public bool HasAlpha => VipsNative.ImageHasAlpha(this) != 0;

    /// <summary>
    /// Eight-bit sRGB without an embedded colour profile: its pixels are already what a browser
    /// shows, so a colour transform to sRGB would change nothing and cost a fifth of the photo's time.
    /// </summary>
    public bool IsPlainSrgb =>
        VipsNative.ImageGetInterpretation(this) == InterpretationSrgb
        && VipsNative.ImageGetFormat(this) == FormatUchar
        && VipsNative.ImageGetTypeof(this, "icc-profile-data") == 0;

    /// <summary>The EXIF orientation libvips read from the header (1 when there is none).</summary>
    public int Orientation => VipsNative.ImageGetTypeof(this, "orientation") != 0 && VipsNative.ImageGetInt(this, "orientation", out var value) == 0 ? value : 1;

    /// <summary>
    /// Drops every metadata field (EXIF, XMP, IPTC, ICC, orientation …). Savers are asked to
    /// strip too, but libvips 8.14 still writes a minimal EXIF chunk into WebP from these fields.
    /// </summary>
    public unsafe void RemoveMetadata()
    {
        var fields = VipsNative.ImageGetFields(this);
        try
        {
            var names = new List<string>();
            for (var entry = (nint*)fields; *entry != 0; entry++)
            {
                names.Add(Marshal.PtrToStringUTF8(*entry)!);
            }

            foreach (var name in names)
            {
                VipsNative.ImageRemove(this, name);
            }
        }
        finally
        {
            VipsNative.StrFreeV(fields);
        }
    }

    protected override bool ReleaseHandle()
    {
        VipsNative.ObjectUnref(handle);
        return true;
    }
}

/// <summary>What libvips said went wrong.</summary>
public sealed class VipsException(string message) : Exception(message);
