using PortretSite.Foundation;
using System.Globalization;
using System.Text.RegularExpressions;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Text;
using PortretSite.Content;

namespace PortretSite.Content.Settings;

/// <summary>Reads the settings file (<see cref="SiteLayout.SettingsFileName"/>): every key checked, unknown keys reported with a hint.</summary>
public static partial class SettingsLoader
{
    public static SiteSettings? Load(string root, DiagnosticBag diagnostics)
    {
        var path = new SiteLayout(root).SettingsFile;
        if (!File.Exists(path))
        {
            diagnostics.Error(SiteLayout.SettingsFileName, null, ContentMessages.SettingsMissing);
            return null;
        }

        var text = TextFileReader.Read(path, SiteLayout.SettingsFileName, diagnostics, 1024 * 1024);
        return text is null ? null : Parse(text, diagnostics);
    }

    public static SiteSettings? Parse(string text, DiagnosticBag diagnostics)
    {
        LocatedJson json;
        try
        {
            json = LocatedJsonParser.Parse(System.Text.Encoding.UTF8.GetBytes(text));
        }
        catch (LocatedJsonParser.ParseError ex)
        {
            diagnostics.Error(SiteLayout.SettingsFileName, ex.Line, ContentMessages.SettingsNotJson(ex.Message));
            return null;
        }

        if (json.Kind != LocatedJsonKind.Object)
        {
            diagnostics.Error(SiteLayout.SettingsFileName, json.Line, ContentMessages.SettingsNotObject);
            return null;
        }

        return SettingsSchema.Site.Bind(new SettingsReader(diagnostics), json, new SiteSettings());
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex AudienceIdPattern();
}
