namespace PortretSite.Content.Portraits;

/// <summary>
/// The Dutch words editors reach for when they guess a front-matter key, with the English key they
/// mean: the keys are English in every portrait, so a Dutch guess gets its English name, not a
/// near miss by spelling.
/// </summary>
public static class DutchKeyNames
{
    private static readonly Dictionary<string, string> ToEnglish = new(StringComparer.OrdinalIgnoreCase)
    {
        ["naam"] = "name",
        ["geboren"] = "born",
        ["geboortedatum"] = "born",
        ["overleden"] = "died",
        ["gestorven"] = "died",
        ["plaats"] = "place",
        ["woonplaats"] = "place",
        ["soort"] = "kind",
        ["taal"] = "language",
        ["goedgekeurd"] = "approved",
        ["herkend"] = "approved",
        ["door"] = "by",
        ["op"] = "on",
        ["doelgroepen"] = "audiences",
        ["lezers"] = "audiences",
        ["omslag"] = "cover",
        ["samenvatting"] = "summary",
        ["rollen"] = "roles",
        ["rol"] = "role",
        ["wanneer"] = "when",
        ["themas"] = "themes",
        ["thema's"] = "themes",
        ["gevoel"] = "feeling",
        ["behoefte"] = "need",
        ["levenslijn"] = "timeline",
        ["tijdlijn"] = "timeline",
        ["datum"] = "date",
        ["titel"] = "title",
        ["stemming"] = "mood",
        ["tekst"] = "text",
        ["foto"] = "photo",
        ["fotos"] = "photos",
        ["foto's"] = "photos",
        ["waarden"] = "values",
        ["nalatenschap"] = "legacy",
        ["mensen"] = "people",
        ["personen"] = "people",
        ["relatie"] = "relation",
        ["gewone_dag"] = "typical_day",
        ["dag"] = "typical_day",
        ["tijd"] = "time",
        ["observaties"] = "observations",
        ["gemaakt_door"] = "made_by",
        ["bestand"] = "file",
        ["onderschrift"] = "caption",
        ["beschrijving"] = "alt",
    };

    /// <summary>The English key for a Dutch name, or nothing.</summary>
    public static string? English(string written) => ToEnglish.GetValueOrDefault(written.Trim());
}
