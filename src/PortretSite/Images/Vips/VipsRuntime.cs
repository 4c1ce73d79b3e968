using System.Runtime.InteropServices;

namespace PortretSite.Images.Vips;

/// <summary>Starts libvips once per process and reads its error buffer.</summary>
internal static class VipsRuntime
{
    private static readonly Lazy<bool> Started = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock ErrorGate = new();

    public static void EnsureStarted() => _ = Started.Value;

    public static string Version => $"{VipsNative.Version(0)}.{VipsNative.Version(1)}.{VipsNative.Version(2)}";

    public static string TakeError()
    {
        lock (ErrorGate)
        {
            var message = Marshal.PtrToStringUTF8(VipsNative.ErrorBuffer()) ?? "";
            VipsNative.ErrorClear();
            return message.Trim();
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
