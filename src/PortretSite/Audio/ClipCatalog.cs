namespace PortretSite.Audio;

/// <summary>A recording to process: where it is, and how to name it in messages (relative to the site root).</summary>
public sealed record ClipJob(string FullPath, string DisplayPath);

/// <summary>One encoding of a clip in the cache: its file name (made from the recording's content and the recipe), where it is, its media type.</summary>
public sealed record ClipVariant(string FileName, string FullPath, string MediaType);

/// <summary>A processed clip: mono speech in Opus (WebM) and AAC (M4A), trimmed, loudness-normalised, without tags.</summary>
/// <param name="Key">The cache key: the recording's content hash with the recipe.</param>
public sealed record ClipAsset(string SourcePath, string Key, double Seconds, ClipVariant Opus, ClipVariant Aac)
{
    /// <summary>The encodings in the order a browser should try them: Opus is smaller, AAC plays where Opus does not.</summary>
    public IReadOnlyList<ClipVariant> Variants => [Opus, Aac];
}

/// <summary>The processed clips of a build, looked up by the full path of their recording.</summary>
/// <param name="Files">The recordings the build asked for, readable or not: what its progress counted.</param>
/// <param name="Transcoded">Distinct recordings transcoded now; a warm build transcodes none.</param>
public sealed record ClipCatalog(IReadOnlyDictionary<string, ClipAsset> BySource, int Files, int Transcoded, int FromCache)
{
    public static readonly ClipCatalog Empty = new(new Dictionary<string, ClipAsset>(), 0, 0, 0);

    public ClipAsset? Find(string fullPath) => BySource.GetValueOrDefault(fullPath);
}
