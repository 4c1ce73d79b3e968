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
    private static readonly string[] TopKeys = ["Title", "Language", "Host", "LinkRoot", "Audiences", "Print", "Images", "Limits"];
    private static readonly string[] PrintKeys = ["TrimSize", "Bleed", "CropMarks", "HomeImposition"];
    private static readonly string[] ImageKeys = ["Widths", "Formats", "WebpQuality", "JpegQuality", "AvifQuality", "PrintQuality", "PrintDpi"];
    private static readonly string[] LimitKeys = ["MaxMegapixels", "MaxFileMegabytes", "MaxPhotosPerPortrait"];
    private static readonly string[] KnownFormats = ["avif", "webp", "jpeg"];

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

        var reader = new Reader(diagnostics);
        var settings = new SiteSettings();
        foreach (var (key, value) in reader.Known(json, TopKeys, ""))
        {
            settings = key.Name switch
            {
                "Title" => settings with { Title = reader.Text(key, value) ?? settings.Title },
                "Language" => settings with { Language = reader.Language(key, value) ?? settings.Language },
                "Host" => settings with { Host = reader.Text(key, value) },
                "LinkRoot" => settings with { LinkRoot = reader.Text(key, value) },
                "Audiences" => settings with { Audiences = reader.Audiences(key, value) },
                "Print" => settings with { Print = reader.Print(key, value) },
                "Images" => settings with { Images = reader.Images(key, value) },
                "Limits" => settings with { Limits = reader.Limits(key, value) },
                _ => settings,
            };
        }

        return settings;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex AudienceIdPattern();

    [GeneratedRegex(@"^\s*(\d+(?:[.,]\d+)?)\s*[x×]\s*(\d+(?:[.,]\d+)?)\s*(mm)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CustomTrimPattern();

    private sealed class Reader(DiagnosticBag diagnostics)
    {
        public IEnumerable<KeyValuePair<LocatedJsonProperty, LocatedJson>> Known(LocatedJson obj, string[] keys, string section)
        {
            foreach (var pair in obj.Properties)
            {
                if (keys.Contains(pair.Key.Name, StringComparer.Ordinal))
                {
                    yield return pair;
                    continue;
                }

                var hint = DidYouMean.Suggest(pair.Key.Name, keys);
                diagnostics.Error(SiteLayout.SettingsFileName, pair.Key.Line, ContentMessages.UnknownSetting(section + pair.Key.Name, hint, keys));
            }
        }

        public string? Text(LocatedJsonProperty key, LocatedJson value)
        {
            if (value.Kind == LocatedJsonKind.String)
            {
                return value.Scalar;
            }

            WrongType(key, value, ContentMessages.KindText);
            return null;
        }

        public string? Language(LocatedJsonProperty key, LocatedJson value)
        {
            var text = Text(key, value);
            if (text is null or "nl" or "en")
            {
                return text;
            }

            diagnostics.Error(SiteLayout.SettingsFileName, value.Line, ContentMessages.BadChoice(key.Name, text, ["nl", "en"]));
            return null;
        }

        public IReadOnlyList<Audience> Audiences(LocatedJsonProperty key, LocatedJson value)
        {
            if (value.Kind != LocatedJsonKind.Object)
            {
                WrongType(key, value, ContentMessages.KindObject);
                return [];
            }

            var audiences = new List<Audience>();
            foreach (var (id, name) in value.Properties)
            {
                if (!AudienceIdPattern().IsMatch(id.Name))
                {
                    diagnostics.Error(SiteLayout.SettingsFileName, id.Line, ContentMessages.BadAudienceId(id.Name));
                    continue;
                }

                if (name.Kind != LocatedJsonKind.String || string.IsNullOrWhiteSpace(name.Scalar))
                {
                    diagnostics.Error(SiteLayout.SettingsFileName, name.Line, ContentMessages.AudienceNeedsName(id.Name));
                    continue;
                }

                audiences.Add(new Audience(id.Name, name.Scalar));
            }

            return audiences;
        }

        public PrintSettings Print(LocatedJsonProperty key, LocatedJson value)
        {
            var print = new PrintSettings();
            if (value.Kind != LocatedJsonKind.Object)
            {
                WrongType(key, value, ContentMessages.KindObject);
                return print;
            }

            foreach (var (k, v) in Known(value, PrintKeys, "Print."))
            {
                print = k.Name switch
                {
                    "TrimSize" => print with { Trim = Trim(k, v) ?? print.Trim },
                    "Bleed" => print with { BleedMm = Number(k, v, 0, 10) ?? print.BleedMm },
                    "CropMarks" => print with { CropMarks = Boolean(k, v) ?? print.CropMarks },
                    "HomeImposition" => print with { HomeImposition = Boolean(k, v) ?? print.HomeImposition },
                    _ => print,
                };
            }

            return print;
        }

        public ImageSettings Images(LocatedJsonProperty key, LocatedJson value)
        {
            var images = new ImageSettings();
            if (value.Kind != LocatedJsonKind.Object)
            {
                WrongType(key, value, ContentMessages.KindObject);
                return images;
            }

            foreach (var (k, v) in Known(value, ImageKeys, "Images."))
            {
                images = k.Name switch
                {
                    "Widths" => images with { Widths = Widths(k, v) ?? images.Widths },
                    "Formats" => images with { Formats = Formats(k, v) ?? images.Formats },
                    "WebpQuality" => images with { WebpQuality = Integer(k, v, 1, 100) ?? images.WebpQuality },
                    "JpegQuality" => images with { JpegQuality = Integer(k, v, 1, 100) ?? images.JpegQuality },
                    "AvifQuality" => images with { AvifQuality = Integer(k, v, 1, 100) ?? images.AvifQuality },
                    "PrintQuality" => images with { PrintQuality = Integer(k, v, 1, 100) ?? images.PrintQuality },
                    "PrintDpi" => images with { PrintDpi = Integer(k, v, 72, 1200) ?? images.PrintDpi },
                    _ => images,
                };
            }

            return images;
        }

        public LimitSettings Limits(LocatedJsonProperty key, LocatedJson value)
        {
            var limits = new LimitSettings();
            if (value.Kind != LocatedJsonKind.Object)
            {
                WrongType(key, value, ContentMessages.KindObject);
                return limits;
            }

            foreach (var (k, v) in Known(value, LimitKeys, "Limits."))
            {
                limits = k.Name switch
                {
                    "MaxMegapixels" => limits with { MaxMegapixels = Integer(k, v, 1, 2000) ?? limits.MaxMegapixels },
                    "MaxFileMegabytes" => limits with { MaxFileMegabytes = Integer(k, v, 1, 4000) ?? limits.MaxFileMegabytes },
                    "MaxPhotosPerPortrait" => limits with { MaxPhotosPerPortrait = Integer(k, v, 1, 100_000) ?? limits.MaxPhotosPerPortrait },
                    _ => limits,
                };
            }

            return limits;
        }

        private TrimSize? Trim(LocatedJsonProperty key, LocatedJson value)
        {
            var text = Text(key, value);
            if (text is null)
            {
                return null;
            }

            var named = TrimSize.Named.FirstOrDefault(t => string.Equals(t.Name, text.Trim(), StringComparison.OrdinalIgnoreCase));
            if (named is not null)
            {
                return named;
            }

            var custom = CustomTrimPattern().Match(text);
            if (custom.Success)
            {
                var width = double.Parse(custom.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
                var height = double.Parse(custom.Groups[2].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
                if (width is >= 50 and <= 500 && height is >= 50 and <= 500)
                {
                    return new TrimSize($"{width.ToString(CultureInfo.InvariantCulture)}×{height.ToString(CultureInfo.InvariantCulture)} mm", width, height);
                }
            }

            diagnostics.Error(SiteLayout.SettingsFileName, value.Line, ContentMessages.BadTrimSize(text));
            return null;
        }

        private IReadOnlyList<int>? Widths(LocatedJsonProperty key, LocatedJson value)
        {
            if (value.Kind != LocatedJsonKind.Array || value.Items.Count == 0)
            {
                WrongType(key, value, ContentMessages.KindNumberList);
                return null;
            }

            var widths = new List<int>();
            foreach (var item in value.Items)
            {
                if (Integer(key, item, 16, 8000) is { } width)
                {
                    widths.Add(width);
                }
            }

            return widths.Count == value.Items.Count ? [.. widths.Distinct().Order()] : null;
        }

        private IReadOnlyList<string>? Formats(LocatedJsonProperty key, LocatedJson value)
        {
            if (value.Kind != LocatedJsonKind.Array || value.Items.Count == 0)
            {
                WrongType(key, value, ContentMessages.KindTextList);
                return null;
            }

            var formats = new List<string>();
            foreach (var item in value.Items)
            {
                var format = item.Kind == LocatedJsonKind.String ? item.Scalar!.ToLowerInvariant() : null;
                if (format == "jpg")
                {
                    format = "jpeg";
                }

                if (format is null || !KnownFormats.Contains(format))
                {
                    diagnostics.Error(SiteLayout.SettingsFileName, item.Line, ContentMessages.BadChoice(key.Name, item.Describe(), KnownFormats));
                    return null;
                }

                formats.Add(format);
            }

            if (!formats.Contains("jpeg"))
            {
                diagnostics.Error(SiteLayout.SettingsFileName, value.Line, ContentMessages.JpegFallbackRequired);
                return null;
            }

            // JPEG is the fallback every browser reads, so it always comes last.
            return [.. formats.Distinct().OrderBy(f => Array.IndexOf(KnownFormats, f))];
        }

        private bool? Boolean(LocatedJsonProperty key, LocatedJson value)
        {
            if (value.Kind == LocatedJsonKind.Boolean)
            {
                return value.Scalar == "true";
            }

            WrongType(key, value, ContentMessages.KindBoolean);
            return null;
        }

        private int? Integer(LocatedJsonProperty key, LocatedJson value, int min, int max)
        {
            if (value.Kind == LocatedJsonKind.Number && int.TryParse(value.Scalar, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                if (number >= min && number <= max)
                {
                    return number;
                }

                diagnostics.Error(SiteLayout.SettingsFileName, value.Line, ContentMessages.OutOfRange(key.Name, value.Scalar!, min, max));
                return null;
            }

            WrongType(key, value, ContentMessages.KindWholeNumber);
            return null;
        }

        private double? Number(LocatedJsonProperty key, LocatedJson value, double min, double max)
        {
            if (value.Kind == LocatedJsonKind.Number && double.TryParse(value.Scalar, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                if (number >= min && number <= max)
                {
                    return number;
                }

                diagnostics.Error(SiteLayout.SettingsFileName, value.Line, ContentMessages.OutOfRange(key.Name, value.Scalar!, min, max));
                return null;
            }

            WrongType(key, value, ContentMessages.KindNumber);
            return null;
        }

        private void WrongType(LocatedJsonProperty key, LocatedJson value, Message expected) =>
            diagnostics.Error(SiteLayout.SettingsFileName, value.Line, ContentMessages.WrongType(key.Name, expected, value.Describe()));
    }
}
