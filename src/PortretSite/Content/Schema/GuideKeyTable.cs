using System.Globalization;
using System.Text;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Content.Schema;

/// <summary>The table of keys in the editors' guides: one row per key, nested keys named as in messages (<c>roles.role</c>).</summary>
public static class GuideKeyTable
{
    public static string Render(IRecordShape record, UiLanguage language)
    {
        var dutch = language == UiLanguage.Dutch;
        var text = new StringBuilder(dutch ? "| sleutel | waarde | betekenis |\n" : "| key | value | meaning |\n").Append("|---|---|---|\n");
        Rows(text, record, "", language);
        return text.ToString();
    }

    private static void Rows(StringBuilder text, IRecordShape record, string prefix, UiLanguage language)
    {
        foreach (var key in record.Keys)
        {
            var shape = key.Shape;
            var value = shape.Description.In(language) + (key.Required ? Required.In(language) : "");
            var meaning = key.Help.In(language) + string.Concat(shape.Options.Select((o, i) => (i == 0 ? ": " : "; ") + $"`{o.Written}` {o.Help.In(language)}"));
            text.Append(CultureInfo.InvariantCulture, $"| `{prefix}{key.Name}` | {Cell(value)} | {Cell(meaning)} |\n");
            if (shape.Record is { } nested)
            {
                Rows(text, nested, prefix + key.Name + ".", language);
            }
        }
    }

    private static readonly Message Required = new(", required", ", verplicht");

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
