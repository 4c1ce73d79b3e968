using PortretSite.Content.Portraits;
using PortretSite.Content.Schema;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Content.Scaffolding;

/// <summary>The <c>index.md</c> a new portrait starts from: every key of <see cref="PortraitSchema"/>, in the order and with the questions of its kind.</summary>
public static class PortraitScaffold
{
    public static string IndexMarkdown(string name, string language, DateOnly today, PortraitKind kind = PortraitKind.LifeStory)
    {
        var ui = UiLanguages.FromCode(language);
        var quotedName = name.Replace("\"", "\\\"", StringComparison.Ordinal);
        var date = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        // A leefwereldportret is mostly written by a team about the person: the third person suits it.
        var (kindWord, voice) = kind == PortraitKind.LifeWorld ? ("leefwereldportret", "third") : ("levensportret", "first");
        string Fill(string text) => text.Replace("{name}", quotedName, StringComparison.Ordinal).Replace("{today}", date, StringComparison.Ordinal)
            .Replace("{kind}", kindWord, StringComparison.Ordinal).Replace("{voice}", voice, StringComparison.Ordinal);
        return Fill("---\n" + Header.In(ui)) + ScaffoldWriter.Write(PortraitSchema.Scaffold(kind), ui, Fill) + Fill("---\n\n" + (kind == PortraitKind.LifeWorld ? LifeWorldStory : Story).In(ui));
    }

    public static string FolderFor(string root, string name) =>
        Path.Combine(new SiteLayout(root).Portraits, Slugs.Suggest(name));

    private static readonly Message Header = new(
        """
        # The portrait of {name}. Everything between the two '---' lines is front matter.
        # Lines starting with # are explanations: remove the # to fill in a key.

        """,
        """
        # Het portret van {name}. Alles tussen de twee regels '---' is front matter.
        # Regels die met # beginnen zijn uitleg: haal het # weg om een sleutel in te vullen.

        """);

    private static readonly Message Story = new(
        """
        The story starts here. Write the way {name} tells it: in their own words.

        > A sentence {name} said that must stay.
        > — {name}

        Extra chapters can live in files of their own: 01-childhood.md, 02-work-and-family.md, …
        A photo in the text: `![Caption](photos/…jpg)`

        """,
        """
        Hier begint het verhaal. Schrijf zoals {name} vertelt: in eigen woorden.

        > Een zin die {name} zei en die moet blijven.
        > — {name}

        Extra hoofdstukken kunnen in eigen bestanden staan: 01-jeugd.md, 02-werk-en-gezin.md, …
        Een foto in de tekst: `![Onderschrift](photos/…jpg)`

        """);

    private static readonly Message LifeWorldStory = new(
        """
        The story starts here: who {name} is today, in their own words where you can.
        Agree first, as a team and with {name}, on the ground rules: who reads this, what stays
        between you, and what happens with the result.

        > A sentence {name} said that must stay.
        > — {name}

        A photo or drawing in the text: `![Caption](photos/…jpg)`

        """,
        """
        Hier begint het verhaal: wie {name} vandaag is, waar het kan in eigen woorden.
        Spreek eerst met het team en met {name} de spelregels af: wie dit leest, wat onder jullie
        blijft, en wat er met het resultaat gebeurt.

        > Een zin die {name} zei en die moet blijven.
        > — {name}

        Een foto of tekening in de tekst: `![Onderschrift](photos/…jpg)`

        """);
}
