using PortretSite.Content.Portraits;
using PortretSite.Content.Schema;
using PortretSite.Foundation;

namespace PortretSite.Content.Pages;

/// <summary>
/// The front-matter keys of a site page (<c>input/pages/&lt;slug&gt;.md</c>): binding and the
/// did-you-mean hints follow from these entries, as for a portrait.
/// </summary>
public static class PageSchema
{
    private static readonly TextType Text = new();

    private static readonly Key<string?> AgreedBy = Key.Of("by", Text,
        new("who agreed on them: the team and the person", "wie ze afsprak: het team en de persoon"),
        required: true, example: new("Noor, her mother and the care team", "Noor, haar moeder en het zorgteam"));

    private static readonly Key<PartialDate?> AgreedOn = Key.Of("on", new DateType(),
        new("when", "wanneer"), required: true, example: new("2024-09-12", "2024-09-12"));

    private static readonly RecordSchema<Agreement> Agreement = new([AgreedBy, AgreedOn],
        v => new Agreement(v.Get(AgreedBy)!, v.Get(AgreedOn)!.Value));

    private static readonly Key<string?> Title = Key.Of("title", new NonEmptyTextType(),
        new("the page's title, on the page and in the list on the home page", "de titel van de pagina, op de pagina en in de lijst op de startpagina"),
        required: true, example: new("Our ground rules", "Onze spelregels"));

    internal static readonly Key<PagePurpose?> Kind = Key.Of("kind", new ChoiceType<PagePurpose?>([
            new("about", PagePurpose.About, new("about the site or its makers (the default)", "over de site of de makers (als niets gekozen is)")),
            new("ground_rules", PagePurpose.GroundRules, new("the ground rules a team agreed on before making a portrait; needs agreed", "de spelregels die een team afsprak voor het maken van een portret; vraagt agreed"))]),
        new("what the page is", "wat de pagina is"), example: new("ground_rules", "ground_rules"));

    private static readonly Key<string?> Language = Key.Of("language", new ChoiceType<string?>([
            new("nl", "nl", new("Dutch", "Nederlands")),
            new("en", "en", new("English", "Engels"))], quotesTrimmed: true),
        new("labels and dates follow it; the site's language when not written", "labels en datums volgen die taal; de taal van de site als niets geschreven is"), example: new("en", "nl"));

    internal static readonly Key<IReadOnlyList<string>> Audiences = Key.Of("audiences", new TextListType(distinct: true),
        new($"who may read it: audience ids from {SiteLayout.SettingsFileName}", $"wie het mag lezen: doelgroep-ids uit {SiteLayout.SettingsFileName}"),
        required: true, example: new("[team-…]", "[team-…]"));

    private static readonly Key<string?> Summary = Key.Of("summary", Text,
        new("one line under the title in the list on the home page", "één regel onder de titel in de lijst op de startpagina"));

    internal static readonly Key<Agreement?> Agreed = Key.Of("agreed", new RecordType<Agreement>(Agreement),
        new("who agreed on the ground rules, and when; required with kind: ground_rules", "wie de spelregels afsprak, en wanneer; verplicht bij kind: ground_rules"));

    public static RecordSchema<BoundRecord> Root { get; } = new([Title, Kind, Language, Audiences, Summary, Agreed], v => v);

    /// <summary>The page the front matter describes; what it does not say stays as in <paramref name="seed"/>.</summary>
    public static Page Build(BoundRecord v, Page seed) => seed with
    {
        Title = v.Get(Title) ?? seed.Title,
        Purpose = v.Get(Kind) ?? PagePurpose.About,
        Language = v.Get(Language) ?? seed.Language,
        Audiences = v.Get(Audiences),
        Summary = v.Get(Summary),
        Agreed = v.Get(Agreed),
    };
}
