using System.Text.RegularExpressions;
using PortretSite.Foundation.Diagnostics;
using YamlDotNet.RepresentationModel;
using PortretSite.Content;

namespace PortretSite.Content.Portraits;

/// <summary>Turns the YAML front matter of <c>index.md</c> into the typed parts of a <see cref="Portrait"/>.</summary>
public sealed partial class FrontMatterBinder(YamlFields fields, PortraitFolder folder)
{
    public static readonly IReadOnlyList<string> TopKeys =
    [
        "name", "born", "died", "place", "kind", "language", "status", "approved", "audiences", "cover", "summary",
        "roles", "themes", "timeline", "values", "legacy", "people", "typical_day", "observations", "made_by", "photos",
    ];

    private static readonly string[] ApprovalKeys = ["by", "on"];
    private static readonly string[] RoleKeys = ["role", "when", "wants_to_keep"];
    private static readonly string[] ThemeKeys = ["feeling", "need"];
    private static readonly string[] TimelineKeys = ["date", "title", "mood", "text", "photo"];
    private static readonly string[] PersonKeys = ["name", "relation"];
    private static readonly string[] MomentKeys = ["time", "text"];
    private static readonly string[] PhotoKeys = ["file", "caption", "alt"];

    private static readonly Dictionary<string, PortraitKind> Kinds = new()
    {
        ["levensportret"] = PortraitKind.LifeStory,
        ["leefwereldportret"] = PortraitKind.LifeWorld,
    };

    private static readonly Dictionary<string, PortraitStatus> Statuses = new()
    {
        ["draft"] = PortraitStatus.Draft,
        ["review"] = PortraitStatus.Review,
        ["approved"] = PortraitStatus.Approved,
    };

    private static readonly Dictionary<string, Mood> Moods = new()
    {
        ["high"] = Mood.High,
        ["low"] = Mood.Low,
        ["turn"] = Mood.Turn,
    };

    private static readonly Dictionary<string, string> Languages = new() { ["nl"] = "nl", ["en"] = "en" };

    private string IndexPath => fields.DisplayPath;

    /// <summary>Binds the front matter onto <paramref name="portrait"/>; photos listed here are returned separately.</summary>
    public Portrait Bind(YamlMappingNode root, Portrait portrait, out List<PortraitPhoto> listedPhotos)
    {
        listedPhotos = [];
        YamlNode? nameNode = null;
        YamlNode? statusNode = null;
        YamlNode? diedNode = null;
        foreach (var (key, _, value) in fields.Entries(root, TopKeys))
        {
            switch (key)
            {
                case "name":
                    nameNode = value;
                    portrait = portrait with { Name = fields.RequiredText(key, value) ?? portrait.Name };
                    break;
                case "born":
                    portrait = portrait with { Born = fields.Date(key, value) };
                    break;
                case "died":
                    diedNode = value;
                    portrait = portrait with { Died = fields.Date(key, value) };
                    break;
                case "place":
                    portrait = portrait with { Place = fields.Text(key, value)?.Trim() };
                    break;
                case "kind":
                    portrait = portrait with { Kind = fields.Choice(key, value, Kinds) ?? PortraitKind.LifeStory };
                    break;
                case "language":
                    portrait = portrait with { Language = LanguageCode(key, value) ?? portrait.Language };
                    break;
                case "status":
                    statusNode = value;
                    portrait = portrait with { Status = fields.Choice(key, value, Statuses) ?? PortraitStatus.Draft };
                    break;
                case "approved":
                    portrait = portrait with { Approved = Approval(value) };
                    break;
                case "audiences":
                    portrait = portrait with { Audiences = [.. fields.TextList(key, value).Distinct()] };
                    break;
                case "cover":
                    portrait = portrait with { Cover = Photo(key, value) };
                    break;
                case "summary":
                    portrait = portrait with { Summary = fields.Text(key, value)?.Trim() };
                    break;
                case "roles":
                    portrait = portrait with { Roles = Roles(value) };
                    break;
                case "themes":
                    portrait = portrait with { Themes = Themes(value) };
                    break;
                case "timeline":
                    portrait = portrait with { Timeline = Timeline(value) };
                    break;
                case "values":
                    portrait = portrait with { Values = fields.TextList(key, value) };
                    break;
                case "legacy":
                    portrait = portrait with { Legacy = fields.Text(key, value) };
                    break;
                case "people":
                    portrait = portrait with { People = People(value) };
                    break;
                case "typical_day":
                    portrait = TypicalDay(portrait, value);
                    break;
                case "observations":
                    portrait = portrait with { Observations = fields.Text(key, value) };
                    break;
                case "made_by":
                    portrait = portrait with { MadeBy = fields.Text(key, value)?.Trim() };
                    break;
                case "photos":
                    listedPhotos = Photos(value);
                    break;
            }
        }

        if (nameNode is null)
        {
            fields.Error(root, ContentMessages.Required("name"));
        }

        if (portrait.Born is { } born && portrait.Died is { } died && died.End < born.Start && diedNode is not null)
        {
            fields.Error(diedNode, ContentMessages.DiedBeforeBorn);
        }

        if (portrait.Status == PortraitStatus.Approved && statusNode is not null)
        {
            if (portrait.Approved is null)
            {
                fields.Error(statusNode, ContentMessages.ApprovedNeedsApproval);
            }

            if (portrait.Audiences.Count == 0)
            {
                fields.Error(statusNode, ContentMessages.ApprovedNeedsAudiences);
            }
        }

        return portrait;
    }

    private string? LanguageCode(string key, YamlNode value)
    {
        var text = fields.Text(key, value)?.Trim();
        if (text is null)
        {
            return null;
        }

        if (Languages.TryGetValue(text, out var code))
        {
            return code;
        }

        fields.Error(value, ContentMessages.BadChoice(key, text, Languages.Keys));
        return null;
    }

    private Approval? Approval(YamlNode node)
    {
        if (fields.Mapping("approved", node) is not { } mapping)
        {
            return null;
        }

        string? by = null;
        PartialDate? on = null;
        foreach (var (key, _, value) in fields.Entries(mapping, ApprovalKeys, "approved."))
        {
            if (key == "by")
            {
                by = fields.Text("approved.by", value)?.Trim();
            }
            else
            {
                on = fields.Date("approved.on", value);
            }
        }

        if (string.IsNullOrWhiteSpace(by))
        {
            fields.Error(mapping, ContentMessages.Required("approved.by"));
        }

        if (on is null && !mapping.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == "on"))
        {
            fields.Error(mapping, ContentMessages.Required("approved.on"));
        }

        return by is { Length: > 0 } && on is { } date ? new Approval(by, date) : null;
    }

    private PhotoRef? Photo(string key, YamlNode node) =>
        fields.Text(key, node) is { } written ? folder.ResolvePhoto(written, IndexPath, fields.Line(node), fields.Diagnostics) : null;

    private List<Role> Roles(YamlNode node)
    {
        var roles = new List<Role>();
        foreach (var mapping in fields.MappingList("roles", node))
        {
            string? name = null;
            string? when = null;
            var keep = false;
            foreach (var (key, _, value) in fields.Entries(mapping, RoleKeys, "roles."))
            {
                switch (key)
                {
                    case "role":
                        name = fields.Text("roles.role", value)?.Trim();
                        break;
                    case "when":
                        when = fields.Text("roles.when", value)?.Trim();
                        break;
                    default:
                        keep = fields.Boolean("roles.wants_to_keep", value) ?? false;
                        break;
                }
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                fields.Error(mapping, ContentMessages.Required("roles.role"));
                continue;
            }

            roles.Add(new Role(name, when, keep));
        }

        return roles;
    }

    private List<ExperienceTheme> Themes(YamlNode node)
    {
        var themes = new List<ExperienceTheme>();
        foreach (var mapping in fields.MappingList("themes", node))
        {
            string? feeling = null;
            string? need = null;
            foreach (var (key, _, value) in fields.Entries(mapping, ThemeKeys, "themes."))
            {
                if (key == "feeling")
                {
                    feeling = fields.Text("themes.feeling", value)?.Trim();
                }
                else
                {
                    need = fields.Text("themes.need", value)?.Trim();
                }
            }

            if (string.IsNullOrWhiteSpace(feeling) || string.IsNullOrWhiteSpace(need))
            {
                fields.Error(mapping, ContentMessages.Required(string.IsNullOrWhiteSpace(feeling) ? "themes.feeling" : "themes.need"));
                continue;
            }

            themes.Add(new ExperienceTheme(feeling, need));
        }

        return themes;
    }

    private List<TimelineEvent> Timeline(YamlNode node)
    {
        var events = new List<TimelineEvent>();
        foreach (var mapping in fields.MappingList("timeline", node))
        {
            PartialDate? date = null;
            string? title = null;
            Mood? mood = null;
            string? text = null;
            PhotoRef? photo = null;
            var dateSeen = false;
            foreach (var (key, _, value) in fields.Entries(mapping, TimelineKeys, "timeline."))
            {
                switch (key)
                {
                    case "date":
                        dateSeen = true;
                        date = fields.Date("timeline.date", value);
                        break;
                    case "title":
                        title = fields.Text("timeline.title", value)?.Trim();
                        break;
                    case "mood":
                        mood = fields.Choice("timeline.mood", value, Moods);
                        break;
                    case "text":
                        text = fields.Text("timeline.text", value)?.Trim();
                        break;
                    default:
                        photo = Photo("timeline.photo", value);
                        break;
                }
            }

            if (!dateSeen)
            {
                fields.Error(mapping, ContentMessages.Required("timeline.date"));
            }

            if (string.IsNullOrWhiteSpace(title))
            {
                fields.Error(mapping, ContentMessages.Required("timeline.title"));
            }

            if (date is { } d && !string.IsNullOrWhiteSpace(title))
            {
                events.Add(new TimelineEvent(d, title, mood ?? Mood.Turn, text, photo));
            }
        }

        return [.. events.OrderBy(e => e.Date.Start)];
    }

    private List<Person> People(YamlNode node)
    {
        var people = new List<Person>();
        foreach (var mapping in fields.MappingList("people", node))
        {
            string? name = null;
            string? relation = null;
            foreach (var (key, _, value) in fields.Entries(mapping, PersonKeys, "people."))
            {
                if (key == "name")
                {
                    name = fields.Text("people.name", value)?.Trim();
                }
                else
                {
                    relation = fields.Text("people.relation", value)?.Trim();
                }
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                fields.Error(mapping, ContentMessages.Required("people.name"));
                continue;
            }

            people.Add(new Person(name, relation));
        }

        return people;
    }

    /// <summary>A typical day is free text, or a list of moments with a time each.</summary>
    private Portrait TypicalDay(Portrait portrait, YamlNode node)
    {
        if (node is not YamlSequenceNode)
        {
            var text = fields.Text("typical_day", node);
            return portrait with { TypicalDayText = text, TypicalDay = text is null ? [] : MomentsFromText(text) };
        }

        var moments = new List<DayMoment>();
        foreach (var mapping in fields.MappingList("typical_day", node))
        {
            string? time = null;
            string? text = null;
            foreach (var (key, _, value) in fields.Entries(mapping, MomentKeys, "typical_day."))
            {
                if (key == "time")
                {
                    time = fields.Text("typical_day.time", value)?.Trim();
                }
                else
                {
                    text = fields.Text("typical_day.text", value)?.Trim();
                }
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                fields.Error(mapping, ContentMessages.Required("typical_day.text"));
                continue;
            }

            moments.Add(new DayMoment(time, text));
        }

        return portrait with { TypicalDay = moments };
    }

    /// <summary>Free text whose every line starts with a time ("07.30 koffie") reads as moments.</summary>
    private static List<DayMoment> MomentsFromText(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var moments = lines.Select(l => TimedLine().Match(l)).ToList();
        return moments.Count > 1 && moments.All(m => m.Success)
            ? [.. moments.Select(m => new DayMoment(m.Groups["time"].Value.Replace('.', ':'), m.Groups["text"].Value.Trim()))]
            : [];
    }

    private List<PortraitPhoto> Photos(YamlNode node)
    {
        var photos = new List<PortraitPhoto>();
        foreach (var mapping in fields.MappingList("photos", node))
        {
            PhotoRef? file = null;
            string? caption = null;
            string? alt = null;
            var fileSeen = false;
            foreach (var (key, _, value) in fields.Entries(mapping, PhotoKeys, "photos."))
            {
                switch (key)
                {
                    case "file":
                        fileSeen = true;
                        file = Photo("photos.file", value);
                        break;
                    case "caption":
                        caption = fields.Text("photos.caption", value)?.Trim();
                        break;
                    default:
                        alt = fields.Text("photos.alt", value)?.Trim();
                        break;
                }
            }

            if (!fileSeen)
            {
                fields.Error(mapping, ContentMessages.Required("photos.file"));
            }

            if (file is null)
            {
                continue;
            }

            if (photos.Any(p => p.File.RelativePath == file.RelativePath))
            {
                fields.Error(mapping, ContentMessages.PhotoListedTwice(file.Written));
                continue;
            }

            photos.Add(new PortraitPhoto(file, caption, alt, Listed: true));
        }

        return photos;
    }

    [GeneratedRegex(@"^(?<time>\d{1,2}[:.]\d{2})\s*(?:[-–—:]\s*)?(?<text>.+)$")]
    private static partial Regex TimedLine();
}
