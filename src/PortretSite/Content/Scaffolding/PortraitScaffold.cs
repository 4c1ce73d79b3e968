using PortretSite.Foundation;
using PortretSite.Content.Portraits;

namespace PortretSite.Content.Scaffolding;

/// <summary>The <c>index.md</c> a new portrait starts from: every key, and the questions that help fill them in.</summary>
public static class PortraitScaffold
{
    public static string IndexMarkdown(string name, string language, DateOnly today) =>
        (language == "en" ? English : Dutch)
            .Replace("{name}", name.Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("{settings}", SiteLayout.SettingsFileName, StringComparison.Ordinal)
            .Replace("{today}", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public static string FolderFor(string root, string name) =>
        Path.Combine(new SiteLayout(root).Portraits, Slugs.Suggest(name));

    private const string Dutch = """
        ---
        # Het portret van {name}. Alles tussen de twee regels '---' is front matter.
        # Regels die met # beginnen zijn uitleg: haal het # weg om een sleutel in te vullen.
        name: "{name}"
        # born: 1938-04-12          # JJJJ, JJJJ-MM of JJJJ-MM-DD
        # died: 2024-01-03
        # place: Gent
        kind: levensportret         # of leefwereldportret (de wereld waarin iemand nu leeft, vaak met een team)
        language: nl                # nl of en
        status: draft               # draft → review (ter inzage) → approved (herkend, wordt gepubliceerd)
        # approved:                 # verplicht bij status: approved
        #   by: "{name}"            # wie herkende het portret? ("Ja, dat ben ik!")
        #   on: {today}
        # audiences: [familie-…]    # wie mag het lezen? ids uit {settings}
        # cover: photos/…jpg
        # summary: Eén zin die zegt wie dit is.

        # Welke rollen speelde je, welke speel je nu, en welke wil je houden?
        # roles:
        #   - role: bakkersdochter
        #     when: 1938–1960
        #   - role: koorzangeres
        #     when: 1975–
        #     wants_to_keep: true

        # Wat voel je, en wat heb je dan nodig? (belevingsthema's)
        # themes:
        #   - feeling: Onzekerheid
        #     need: behoefte aan duidelijkheid

        # Waar was je gelukkig? Wat was zwaar? Wat waren de keerpunten? (mood: high, low of turn)
        # timeline:
        #   - date: 1962-07-14
        #     title: Trouwdag op de dijk
        #     mood: high
        #     text: Het waaide zo hard dat de sluier wegvloog.
        #     photo: photos/…jpg

        # Wat vind je belangrijk in het leven?
        # values: [trouw, humor, zorg voor elkaar]

        # Wat wil je doorgeven aan wie na je komt?
        # legacy: |
        #   …

        # Wie zijn belangrijk voor je?
        # people:
        #   - name: Jan
        #     relation: echtgenoot

        # Hoe ziet een gewone dag eruit? (een tijd per regel wordt een dagritme)
        # typical_day: |
        #   07.30 Koffie bij het raam
        #   10.00 …

        # Wat zagen en voelden de makers? (vooral bij een leefwereldportret)
        # observations: |
        #   …

        # Wie maakte dit portret samen met {name}? (komt in het colofon van het boekje)
        # made_by: Lieve Verhaegen, vrijwilliger van het woonzorgcentrum

        # Onderschriften en beschrijvingen van foto's in photos/ (niet genoemde foto's komen ook in de galerij)
        # photos:
        #   - file: photos/…jpg
        #     caption: Op de dijk, zomer 1962
        #     alt: Een jonge vrouw op een dijk in de wind
        ---

        Hier begint het verhaal. Schrijf zoals {name} vertelt: in eigen woorden.

        > Een zin die {name} zei en die moet blijven.
        > — {name}

        Extra hoofdstukken kunnen in eigen bestanden staan: 01-jeugd.md, 02-werk-en-gezin.md, …
        Een foto in de tekst: `![Onderschrift](photos/…jpg)`

        """;

    private const string English = """
        ---
        # The portrait of {name}. Everything between the two '---' lines is front matter.
        # Lines starting with # are explanations: remove the # to fill in a key.
        name: "{name}"
        # born: 1938-04-12          # YYYY, YYYY-MM or YYYY-MM-DD
        # died: 2024-01-03
        # place: Ghent
        kind: levensportret         # life story; or leefwereldportret (the world someone lives in now, often made by a team)
        language: en                # nl or en
        status: draft               # draft → review → approved (recognised, gets published)
        # approved:                 # required with status: approved
        #   by: "{name}"            # who recognised the portrait? ("Yes, that's me!")
        #   on: {today}
        # audiences: [family-…]     # who may read it? ids from {settings}
        # cover: photos/…jpg
        # summary: One sentence that says who this is.

        # Which roles did you play, which do you play now, and which do you want to keep?
        # roles:
        #   - role: baker's daughter
        #     when: 1938–1960
        #   - role: choir singer
        #     when: 1975–
        #     wants_to_keep: true

        # What do you feel, and what do you need then? (experience themes)
        # themes:
        #   - feeling: Uncertainty
        #     need: a need for clarity

        # When were you happy? What was hard? What were the turning points? (mood: high, low or turn)
        # timeline:
        #   - date: 1962-07-14
        #     title: Wedding day on the dyke
        #     mood: high
        #     text: The wind was so strong the veil flew away.
        #     photo: photos/…jpg

        # What matters to you in life?
        # values: [loyalty, humour, caring for each other]

        # What do you want to pass on to those who come after you?
        # legacy: |
        #   …

        # Who are important to you?
        # people:
        #   - name: John
        #     relation: husband

        # What does an ordinary day look like? (a time per line becomes a daily rhythm)
        # typical_day: |
        #   07:30 Coffee by the window
        #   10:00 …

        # What did the makers see and feel? (mostly in a life-world portrait)
        # observations: |
        #   …

        # Who made this portrait together with {name}? (printed in the booklet's colophon)
        # made_by: Sarah Jones, volunteer at the care home

        # Captions and descriptions of the photos in photos/ (photos not listed still appear in the gallery)
        # photos:
        #   - file: photos/…jpg
        #     caption: On the dyke, summer 1962
        #     alt: A young woman on a dyke in the wind
        ---

        The story starts here. Write the way {name} tells it: in their own words.

        > A sentence {name} said that must stay.
        > — {name}

        Extra chapters can live in files of their own: 01-childhood.md, 02-work-and-family.md, …
        A photo in the text: `![Caption](photos/…jpg)`

        """;
}
