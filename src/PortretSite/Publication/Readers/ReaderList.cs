using System.Globalization;
using System.Text;
using System.Text.Json;
using PortretSite.Content.Settings;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Publication.Readers;

/// <summary>
/// <c>readers.json</c> beside the settings: who reads the site and which audiences each one opens. Names
/// only, so it may be committed; <c>portret readers</c> writes it, an editor may too.
/// </summary>
public static class ReaderList
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<Reader> Load(string root, IReadOnlyList<Audience> audiences, DiagnosticBag diagnostics)
    {
        var path = new SiteLayout(root).ReadersFile;
        if (!File.Exists(path))
        {
            return [];
        }

        LocatedJson document;
        try
        {
            document = LocatedJsonParser.Parse(File.ReadAllBytes(path));
        }
        catch (LocatedJsonParser.ParseError error)
        {
            diagnostics.Error(SiteLayout.ReadersFileName, error.Line, ReaderMessages.Unreadable(error.Message));
            return [];
        }

        var entries = document.Properties.FirstOrDefault(p => p.Key.Name == "Readers").Value;
        if (document.Kind != LocatedJsonKind.Object || entries is not { Kind: LocatedJsonKind.Array })
        {
            diagnostics.Error(SiteLayout.ReadersFileName, document.Line, ReaderMessages.NoReadersList);
            return [];
        }

        var readers = new List<Reader>();
        foreach (var entry in entries.Items)
        {
            if (Read(entry, audiences, diagnostics) is { } reader)
            {
                if (readers.Any(r => r.Name == reader.Name))
                {
                    diagnostics.Error(SiteLayout.ReadersFileName, entry.Line, ReaderMessages.Twice(reader.Name));
                    continue;
                }

                readers.Add(reader);
            }
        }

        return readers;
    }

    public static void Save(string root, IReadOnlyList<Reader> readers)
    {
        var entries = readers.Select(r => new Dictionary<string, object>
        {
            ["Name"] = r.Name,
            ["Audiences"] = r.Audiences,
            ["Added"] = Day(r.Added),
        }.Concat(r.Revoked is { } revoked ? [new("Revoked", Day(revoked))] : []).ToDictionary());
        var text = new StringBuilder()
            .Append("// Who reads this site, and which audiences each one opens. Names only: passphrases stay in ")
            .Append(SiteLayout.ReaderSecretsFileName).Append(" or the build server's environment, never here.\n")
            .Append("// Written by 'portret readers'; a revoked reader stays listed with the date.\n")
            .Append(JsonSerializer.Serialize(new Dictionary<string, object> { ["Readers"] = entries }, Json)).Append('\n');
        File.WriteAllText(new SiteLayout(root).ReadersFile, text.ToString());
    }

    private static Reader? Read(LocatedJson entry, IReadOnlyList<Audience> audiences, DiagnosticBag diagnostics)
    {
        string? Text(string key) => entry.Properties.FirstOrDefault(p => p.Key.Name == key).Value is { Kind: LocatedJsonKind.String } value ? value.Scalar : null;

        var name = Text("Name");
        var list = entry.Properties.FirstOrDefault(p => p.Key.Name == "Audiences").Value;
        if (entry.Kind != LocatedJsonKind.Object || name is null || !Reader.IsValidName(name) || list is not { Kind: LocatedJsonKind.Array })
        {
            diagnostics.Error(SiteLayout.ReadersFileName, entry.Line, ReaderMessages.BadEntry);
            return null;
        }

        var ids = list.Items.Select(i => i.Scalar ?? "").ToList();
        foreach (var unknown in ids.Where(id => audiences.All(a => a.Id != id)))
        {
            diagnostics.Error(SiteLayout.ReadersFileName, list.Line, ReaderMessages.UnknownAudience(name, unknown));
        }

        var added = ParseDay(Text("Added"), entry.Line, diagnostics) ?? DateOnly.MinValue;
        var revoked = Text("Revoked") is { } day ? ParseDay(day, entry.Line, diagnostics) : null;
        return new Reader(name.Trim(), [.. ids.Where(id => audiences.Any(a => a.Id == id))], added) { Revoked = revoked };
    }

    private static DateOnly? ParseDay(string? text, int line, DiagnosticBag diagnostics)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        diagnostics.Error(SiteLayout.ReadersFileName, line, ReaderMessages.BadDate(text));
        return null;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
