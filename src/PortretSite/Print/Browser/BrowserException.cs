namespace PortretSite.Print.Browser;

/// <summary>The browser could not do what was asked: it answered with an error, crashed, or did not answer in time.</summary>
public sealed class BrowserException(string message) : Exception(message);
