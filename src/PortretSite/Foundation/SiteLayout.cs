namespace PortretSite.Foundation;

/// <summary>
/// Every path of a site root, named once: what editors write (settings, portraits, theme) and
/// what the tool keeps for itself in the git-ignored local state folder (secret, passwords,
/// caches, preview). Relative names are for messages; full paths for reading and writing.
/// </summary>
public sealed record SiteLayout(string Root)
{
    public const string SettingsFileName = "statiq.json";
    public const string InputFolderName = "input";
    public const string ThemeFolderName = "theme";
    public const string PortraitsFolderName = InputFolderName + "/portraits";

    /// <summary>Pages beside the portraits (an about page, a team's ground rules): one <c>&lt;slug&gt;.md</c> each.</summary>
    public const string PagesFolderName = InputFolderName + "/pages";
    public const string LocalStateFolderName = ".portret";
    public const string PasswordsFileName = LocalStateFolderName + "/passwords";

    /// <summary>Who reads the site (names and audiences, no secrets): beside the settings, may be committed.</summary>
    public const string ReadersFileName = "readers.json";

    /// <summary>The readers' passphrases, on this computer only.</summary>
    public const string ReaderSecretsFileName = LocalStateFolderName + "/readers";
    public const string SiteSecretFileName = LocalStateFolderName + "/site-secret";
    /// <summary>Review passphrases of portraits in review, lines <c>slug: passphrase</c>; generated when missing.</summary>
    public const string ReviewPasswordsFileName = LocalStateFolderName + "/review-passwords";

    /// <summary>One random key salt per portrait (<c>portrait-salts/&lt;slug&gt;</c>): destroying it makes the portrait's old keys underivable.</summary>
    public const string PortraitSaltsFolderName = LocalStateFolderName + "/portrait-salts";
    public const string BuildLockFileName = LocalStateFolderName + "/build.lock";
    public const string PreviewFolderName = LocalStateFolderName + "/preview";
    public const string CacheFolderName = LocalStateFolderName + "/cache";

    /// <summary>What an output file is called while it is written beside its place (<c>OutputUpdate</c>).</summary>
    public const string HalfWrittenSuffix = ".portret-new";

    /// <summary>What a site is made of: a change below these is a change of the site.</summary>
    public static readonly IReadOnlyList<string> SourceFolderNames = [InputFolderName, ThemeFolderName];

    public string SettingsFile => Full(SettingsFileName);

    public string Input => Full(InputFolderName);

    public string Portraits => Full(PortraitsFolderName);

    public string Pages => Full(PagesFolderName);

    public string Theme => Full(ThemeFolderName);

    public string LocalState => Full(LocalStateFolderName);

    public string PasswordsFile => Full(PasswordsFileName);

    public string ReadersFile => Full(ReadersFileName);

    public string ReaderSecretsFile => Full(ReaderSecretsFileName);

    public string SiteSecretFile => Full(SiteSecretFileName);

    public string BuildLockFile => Full(BuildLockFileName);

    public string ReviewPasswordsFile => Full(ReviewPasswordsFileName);

    public string PortraitSalts => Full(PortraitSaltsFolderName);

    public string Preview => Full(PreviewFolderName);

    public string Cache => Full(CacheFolderName);

    public string ImageCache => Path.Combine(Cache, "images");

    public string ClipCache => Path.Combine(Cache, "clips");

    public string BookletCache => Path.Combine(Cache, "booklets");

    public string CiphertextCache => Path.Combine(Cache, "protected");

    /// <summary>The ciphertext of the review edition, apart from the site's: each cache forgets what its own build did not use.</summary>
    public string ReviewCiphertextCache => Path.Combine(Cache, "review-protected");

    /// <summary>Each portrait as the last build read it, by the stamp of its folder (<c>PortraitRecords</c>).</summary>
    public string PortraitRecords => Path.Combine(Cache, "portraits");

    /// <summary>What each reading of a portrait was sealed as, by the stamp of what its page is made from (<c>SealedReadings</c>).</summary>
    public string SealedReadingsFile => Path.Combine(Cache, "sealed-readings.json");

    /// <summary>What the photo and recording files were sealed as, by the stamp of what their items and keys derive from (<c>SealedMedia</c>).</summary>
    public string SealedMediaFile => Path.Combine(Cache, "sealed-media.json");

    /// <summary>What each audience's list was sealed as, by the stamp of what it is made from (<c>SealedLists</c>).</summary>
    public string SealedListsFile => Path.Combine(Cache, "sealed-lists.json");

    /// <summary>Who the last build gave access to (<c>AccessRecord</c>), to say who lost it in the next.</summary>
    public string AccessRecordFile => Path.Combine(Cache, "access.json");

    /// <summary>
    /// The hashes of the files a portrait's approval fingerprint covers, by size and time (<see cref="State.FileHashes"/>): beside
    /// the portrait's record, so they go with it when the portrait is withdrawn or its folder is gone.
    /// </summary>
    public string FingerprintHashesFile(string slug) => Path.Combine(PortraitRecords, slug + ".hashes.json");

    /// <summary>What the last build left in the output folder <paramref name="output"/> (<c>OutputManifest</c>); the build and the preview each have theirs.</summary>
    public string OutputManifestFile(string output) =>
        Path.Combine(Cache, "outputs", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(output))))[..16]);

    public string LastBuildFile => Path.Combine(Cache, "last-build.json");

    /// <summary>The marker a crash test waits for: the build halted at <paramref name="checkpoint"/>.</summary>
    public string HaltMarker(string checkpoint) => Path.Combine(LocalState, "halted-at-" + checkpoint);

    /// <summary>A portrait folder's path relative to the root, forward slashes: <c>input/portraits/maria</c>.</summary>
    public static string PortraitFolder(string slug) => $"{PortraitsFolderName}/{slug}";

    /// <summary>A site page's file relative to the root: <c>input/pages/ground-rules.md</c>.</summary>
    public static string PageFile(string slug) => $"{PagesFolderName}/{slug}.md";

    private string Full(string relative) => Path.Combine(Root, relative);
}
