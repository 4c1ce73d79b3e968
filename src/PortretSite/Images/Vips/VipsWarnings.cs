using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PortretSite.Images.Vips;

/// <summary>
/// Keeps libvips's warnings off the terminal: a raw "VIPS-WARNING" names no photo, and each one
/// either goes with a failure that is reported by photo anyway (a damaged tile) or with a photo
/// that was made all the same (a colour profile that does not fit, replaced by sRGB).
/// </summary>
internal static unsafe class VipsWarnings
{
    /// <summary>Routes the warnings of the "VIPS" log domain away from stderr; once, when libvips starts.</summary>
    public static void Silence() => VipsNative.LogSetHandler("VIPS", VipsNative.LogWarningsAndMessages, &Ignore, 0);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Ignore(nint domain, int level, nint message, nint data)
    {
    }
}
