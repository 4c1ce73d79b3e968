using System.Runtime.InteropServices;

namespace PortretSite.Images.Vips;

/// <summary>Starts libvips once per process and reads its error buffer.</summary>
internal static class VipsRuntime
{
    private static readonly Lazy<bool> Started = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureStarted() => _ = Started.Value;

    public static string Version => $"{VipsNative.Version(0)}.{VipsNative.Version(1)}.{VipsNative.Version(2)}";

    /// <summary>
    /// Takes the error buffer's text and clears it in one step under libvips's lock (reading the
    /// shared buffer and clearing it in two calls let another thread's error slip in between). The
    /// buffer is one per process: an image worker makes one photo at a time, so what it takes is
    /// about its photo.
    /// </summary>
    public static string TakeError()
    {
        var copy = VipsNative.ErrorBufferCopy();
        try
        {
            return (Marshal.PtrToStringUTF8(copy) ?? "").Trim();
        }
        finally
        {
            VipsNative.Free(copy);
        }
    }

    private static bool Start()
    {
        try
        {
            if (VipsNative.Init("portret") != 0)
            {
                throw new VipsException("libvips did not start: " + TakeError());
            }
        }
        catch (DllNotFoundException ex)
        {
            throw new VipsException($"libvips is not installed ({ex.Message}); on Debian or Ubuntu: apt-get install libvips42");
        }

        VipsWarnings.Silence();

        // Each photo is processed once; the operation cache would only hold decoded images in memory.
        VipsNative.CacheSetMax(0);
        return true;
    }
}
