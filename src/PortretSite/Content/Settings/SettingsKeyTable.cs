using System.Globalization;
using System.Text;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Content.Settings;

/// <summary>The table of settings in the README: every key of <see cref="SettingsSchema"/> with its default and meaning.</summary>
public static class SettingsKeyTable
{
    public static string Render(UiLanguage language)
    {
        var dutch = language == UiLanguage.Dutch;
        var text = new StringBuilder(dutch ? "| sleutel | standaard | betekenis |\n" : "| key | default | meaning |\n").Append("|---|---|---|\n");
        foreach (var (key, fallback, help) in SettingsSchema.Rows())
        {
            var shown = fallback.Length == 0 ? "" : $"`{fallback}`";
            text.Append(CultureInfo.InvariantCulture, $"| `{key}` | {shown} | {help.In(language).Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return text.ToString();
    }
}
