using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Print.Browser;

/// <summary>No usable Chromium-family browser; <see cref="Reason"/> says how to get one, in both languages.</summary>
public sealed class BrowserNotFoundException(Message reason) : Exception(reason.English)
{
    public Message Reason { get; } = reason;
}
