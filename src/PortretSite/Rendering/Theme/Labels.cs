using System.Text.Json;
using PortretSite.Content.Portraits;
using PortretSite.Content.Settings;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Rendering.Theme;

/// <summary>The words around a portrait ("Levenslijn", "Wie ik was") in one language, from <c>theme/i18n/&lt;lang&gt;.json</c>.</summary>
public sealed class Labels
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly IReadOnlyDictionary<string, string> _words;

    private Labels(string language, IReadOnlyDictionary<string, string> words)
    {
        Language = language;
        _words = words;
    }

    public string Language { get; }

    public IReadOnlyDictionary<string, string> All => _words;

    public string this[string key] => _words.TryGetValue(key, out var word) ? word : key;

    /// <summary>
    /// The same words in a portrait's voice: a label <c>K</c> becomes its variant <c>K.third</c>,
    /// <c>K.past</c> or <c>K.thirdPast</c> where the theme has one ("Wie ik ben" → "Wie {name} is" →
    /// "Wie {name} was"), and <c>{name}</c> the name the headings use. Applying it twice changes nothing.
    /// </summary>
    private Labels InVoice(Voice voice, bool past, string name)
    {
        string[] variants = (voice, past) switch
        {
            (Voice.Third, true) => ["thirdPast", "third"],
            (Voice.Third, false) => ["third"],
            (Voice.First, true) => ["past"],
            _ => [],
        };
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, word) in _words.Where(w => !w.Key.Contains('.', StringComparison.Ordinal)))
        {
            var chosen = variants.Select(v => _words.GetValueOrDefault($"{key}.{v}")).FirstOrDefault(w => w is not null) ?? word;
            words[key] = chosen.Replace("{name}", name, StringComparison.Ordinal);
        }

        return new Labels(Language, words);
    }

    /// <summary>
    /// The words as they fit one kind of reader: a label <c>K</c> becomes its variant <c>K.family</c>,
    /// <c>K.team</c> or <c>K.self</c> where the theme has one ("the password the family gave you").
    /// Without a kind (a site read by several kinds) the plain label, which names no one, stays.
    /// </summary>
    public Labels ForReaders(AudienceKind? kind)
    {
        if (kind is null)
        {
            return this;
        }

        var suffix = "." + kind.Value.ToString().ToLowerInvariant();
        var words = new Dictionary<string, string>(_words, StringComparer.Ordinal);
        foreach (var (key, word) in _words.Where(w => w.Key.EndsWith(suffix, StringComparison.Ordinal)))
        {
            words[key[..^suffix.Length]] = word;
        }

        return new Labels(Language, words);
    }

    /// <summary>The words in the voice of <paramref name="portrait"/>: its own choice of person, and the past tense once it has a date of death.</summary>
    public Labels InVoiceOf(Portrait portrait) => InVoice(portrait.Voice, past: portrait.Died is not null, portrait.CalledName);

    public static Labels Load(ThemeFiles theme, string language, DiagnosticBag diagnostics)
    {
        var path = $"i18n/{language}.json";
        if (!theme.Exists(path))
        {
            diagnostics.Error(theme.Display(path), null, RenderingMessages.LabelsMissing(language));
            return new Labels(language, new Dictionary<string, string>());
        }

        try
        {
            var words = JsonSerializer.Deserialize<Dictionary<string, string>>(theme.ReadText(path), JsonOptions);
            return new Labels(language, words ?? []);
        }
        catch (JsonException ex)
        {
            diagnostics.Error(theme.Display(path), (int)(ex.LineNumber ?? 0) + 1, RenderingMessages.LabelsInvalid(ex.Message));
            return new Labels(language, new Dictionary<string, string>());
        }
    }
}
