namespace PortretSite.Content.Settings;

/// <summary>Everything the settings file can set, with the defaults a site gets when it sets nothing.</summary>
public sealed record SiteSettings
{

    public string Title { get; init; } = "Portretten";

    /// <summary>Language of the site chrome and of the command line's messages: <c>nl</c> or <c>en</c>.</summary>
    public string Language { get; init; } = "nl";

    /// <summary>Absolute links are built only when set; by default every link is relative (USB sticks, sub-folders).</summary>
    public string? Host { get; init; }

    public string? LinkRoot { get; init; }

    /// <summary>Where the site is published (<c>https://…/</c>): invitation cards and QR codes lead there.</summary>
    public string? SiteUrl { get; init; }

    public IReadOnlyList<Audience> Audiences { get; init; } = [];

    public PrintSettings Print { get; init; } = new();

    public ImageSettings Images { get; init; } = new();

    public LimitSettings Limits { get; init; } = new();

    public ProtectionSettings Protection { get; init; } = new();

    public Audience? FindAudience(string id) => Audiences.FirstOrDefault(a => a.Id == id);
}

/// <summary>Who an audience is: the texts a reader sees, the home page and the default booklet follow it.</summary>
public enum AudienceKind
{
    /// <summary>A family, or the friends around someone: the form <c>"id": "Label"</c> means this.</summary>
    Family,

    /// <summary>A care team, a school team, youth care: professionals around the person.</summary>
    Team,

    /// <summary>Only the person portrayed.</summary>
    Self,
}

/// <summary>A group of readers that may open some portraits: a family, a team, or the person themself. Passwords never live here.</summary>
public sealed record Audience(string Id, string DisplayName)
{
    public AudienceKind Kind { get; init; } = AudienceKind.Family;

    /// <summary>The language of this audience's texts (home page, wording); the site's when not set.</summary>
    public string? Language { get; init; }
}

public sealed record PrintSettings
{
    public TrimSize Trim { get; init; } = TrimSize.A5;

    public double BleedMm { get; init; } = 3;

    public bool CropMarks { get; init; }

    public bool HomeImposition { get; init; } = true;
}

public sealed record TrimSize(string Name, double WidthMm, double HeightMm)
{
    public static readonly TrimSize A4 = new("A4", 210, 297);
    public static readonly TrimSize A5 = new("A5", 148, 210);
    public static readonly TrimSize A6 = new("A6", 105, 148);
    public static readonly TrimSize B5 = new("B5", 176, 250);

    public static IReadOnlyList<TrimSize> Named { get; } = [A4, A5, A6, B5];
}

public sealed record ImageSettings
{
    public IReadOnlyList<int> Widths { get; init; } = [480, 960, 1600, 2400];

    /// <summary>Web formats, best first; the last one is the fallback every browser reads.</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["webp", "jpeg"];

    public int WebpQuality { get; init; } = 78;

    public int JpegQuality { get; init; } = 80;

    public int AvifQuality { get; init; } = 55;

    public int PrintQuality { get; init; } = 90;

    public int PrintDpi { get; init; } = 300;
}

public sealed record LimitSettings
{
    public int MaxMegapixels { get; init; } = 100;

    public int MaxFileMegabytes { get; init; } = 60;

    public int MaxPhotosPerPortrait { get; init; } = 300;

    public long MaxPixels => MaxMegapixels * 1_000_000L;

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;
}

public sealed record ProtectionSettings
{
    public int Iterations { get; init; } = 600_000;

    public int RememberDays { get; init; } = 90;

    public bool RememberOnFiles { get; init; }
}
