namespace PortretSite.Foundation.Diagnostics;

/// <summary>
/// A message for editors in both languages PortretSite speaks. Keeping the two texts side
/// by side means no message can exist in one language only.
/// </summary>
public sealed record Message(string English, string Dutch)
{
    public string In(UiLanguage language) => language == UiLanguage.Dutch ? Dutch : English;

    public override string ToString() => English;
}

public enum UiLanguage
{
    Dutch,
    English,
}

public static class UiLanguages
{
    public static UiLanguage FromCode(string? code) =>
        string.Equals(code, "en", StringComparison.OrdinalIgnoreCase) ? UiLanguage.English : UiLanguage.Dutch;
}
