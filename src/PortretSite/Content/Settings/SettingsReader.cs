using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Content.Text;

namespace PortretSite.Content.Settings;

/// <summary>Reads the values of the settings file, each against its type and range; a wrong value becomes an error at its line.</summary>
public sealed partial class SettingsReader(DiagnosticBag diagnostics)
{
    private static readonly string[] KnownFormats = ["avif", "webp", "jpeg"];

    private static readonly string[] AudienceKeys = ["Label", "Kind", "Language"];

    private static readonly (string Name, AudienceKind Kind)[] AudienceKinds = [("family", AudienceKind.Family), ("team", AudienceKind.Team), ("self", AudienceKind.Self)];

    /// <summary>The members of an object section, bound key by key through the section's table.</summary>
    public T Section<T>(LocatedJsonProperty key, LocatedJson value, SettingSection<T> section)
        where T : new()
    {
        if (value.Kind != LocatedJsonKind.Object)
        {
            WrongType(key, value, ContentMessages.KindObject);
            return new T();
        }

        return section.Bind(this, value, new T());
    }

    public IEnumerable<KeyValuePair<LocatedJsonProperty, LocatedJson>> Known(LocatedJson obj, IReadOnlyList<string> keys, string section)
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
            if (!SettingsLoader.AudienceIdPattern().IsMatch(id.Name))
            {
                diagnostics.Error(SiteLayout.SettingsFileName, id.Line, ContentMessages.BadAudienceId(id.Name));
                continue;
            }

            if (name.Kind == LocatedJsonKind.Object)
            {
                if (DescribedAudience(id, name) is { } described)
                {
                    audiences.Add(described);
                }

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

    /// <summary>The long form, <c>"zorgteam-de-linde": { "Label": "Zorgteam De Linde", "Kind": "team", "Language": "nl" }</c>.</summary>
    private Audience? DescribedAudience(LocatedJsonProperty id, LocatedJson value)
    {
        string? label = null;
        var kind = AudienceKind.Family;
        string? language = null;
        foreach (var (key, item) in Known(value, AudienceKeys, $"Audiences.{id.Name}."))
        {
            switch (key.Name)
            {
                case "Label":
                    label = Text(key, item);
                    break;
                case "Kind":
                    kind = AudienceKindOf(key, item) ?? kind;
                    break;
                default:
                    language = Language(key, item);
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(label))
        {
            diagnostics.Error(SiteLayout.SettingsFileName, value.Line, ContentMessages.AudienceNeedsName(id.Name));
            return null;
        }

        return new Audience(id.Name, label) { Kind = kind, Language = language };
    }

    private AudienceKind? AudienceKindOf(LocatedJsonProperty key, LocatedJson value)
    {
        var text = Text(key, value);
        var kind = AudienceKinds.FirstOrDefault(k => k.Name == text);
        if (kind.Name is null && text is not null)
        {
            diagnostics.Error(SiteLayout.SettingsFileName, value.Line, ContentMessages.BadChoice(key.Name, text, AudienceKinds.Select(k => k.Name)));
        }

        return kind.Name is null ? null : kind.Kind;
    }

    public TrimSize? Trim(LocatedJsonProperty key, LocatedJson value)
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

    public IReadOnlyList<int>? Widths(LocatedJsonProperty key, LocatedJson value)
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

    public IReadOnlyList<string>? Formats(LocatedJsonProperty key, LocatedJson value)
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

    public bool? Boolean(LocatedJsonProperty key, LocatedJson value)
    {
        if (value.Kind == LocatedJsonKind.Boolean)
        {
            return value.Scalar == "true";
        }

        WrongType(key, value, ContentMessages.KindBoolean);
        return null;
    }

    public int? Integer(LocatedJsonProperty key, LocatedJson value, int min, int max) =>
        InRange(key, value, min, max, ContentMessages.KindWholeNumber, NumberStyles.Integer);

    public double? Number(LocatedJsonProperty key, LocatedJson value, double min, double max) =>
        InRange(key, value, min, max, ContentMessages.KindNumber, NumberStyles.Float);

    private T? InRange<T>(LocatedJsonProperty key, LocatedJson value, T min, T max, Message kind, NumberStyles style)
        where T : struct, INumber<T>
    {
        if (value.Kind == LocatedJsonKind.Number && T.TryParse(value.Scalar, style, CultureInfo.InvariantCulture, out var number))
        {
            if (number >= min && number <= max)
            {
                return number;
            }

            diagnostics.Error(SiteLayout.SettingsFileName, value.Line, ContentMessages.OutOfRange(key.Name, value.Scalar!, double.CreateChecked(min), double.CreateChecked(max)));
            return null;
        }

        WrongType(key, value, kind);
        return null;
    }

    private void WrongType(LocatedJsonProperty key, LocatedJson value, Message expected) =>
        diagnostics.Error(SiteLayout.SettingsFileName, value.Line, ContentMessages.WrongType(key.Name, expected, value.Describe()));

    [GeneratedRegex(@"^\s*(\d+(?:[.,]\d+)?)\s*[x×]\s*(\d+(?:[.,]\d+)?)\s*(mm)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CustomTrimPattern();
}
