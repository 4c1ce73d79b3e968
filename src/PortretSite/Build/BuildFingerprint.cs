using PortretSite.Foundation;
using System.Text.Json;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Foundation.Output;
using PortretSite.Foundation.State;

namespace PortretSite.Build;

/// <summary>
/// Recognises a build that would change nothing: the same tool, options, environment, source
/// files (by size and modification time) and an output nobody touched since. Then the build
/// reads no content, decodes no photo, starts no browser and writes nothing.
/// </summary>
public static class BuildFingerprint
{
    private static readonly string[] SourceFiles = [SiteLayout.SettingsFileName, SiteLayout.PasswordsFileName, SiteLayout.ReadersFileName, SiteLayout.ReaderSecretsFileName];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>What the last successful build left: its fingerprint, its output, and the warnings it reported.</summary>
    public sealed record LastBuild(string Inputs, string Output, BuildResult Result);

    /// <summary>What a build reads, in two parts: the site secret apart, because the first protected build creates it.</summary>
    public sealed record Inputs(string Sources, string Secret)
    {
        public string Value => Sources + ":" + Secret;

        /// <summary>The same inputs with the site secret as it is now, after a build that may have created it.</summary>
        public Inputs WithCurrentSecret(string root) => this with { Secret = SecretStamp(root) };
    }

    public static Inputs Of(BuildOptions options)
    {
        var stamp = SourceStamp.Begin().Tool()
            .Line($"{Path.GetFullPath(options.Output)}{options.SkipPrint}{options.Protect}")
            .Environment();
        foreach (var file in SourceFiles)
        {
            stamp.File(options.Root, new FileInfo(Path.Combine(options.Root, file)));
        }

        foreach (var folder in SiteLayout.SourceFolderNames)
        {
            stamp.Folder(options.Root, Path.Combine(options.Root, folder));
        }

        return new Inputs(stamp.Hash(), SecretStamp(options.Root));
    }

    private static string SecretStamp(string root) => SourceStamp.Begin().File(root, new FileInfo(new SiteLayout(root).SiteSecretFile)).Hash();

    /// <summary>The output as the last update left it: files added or removed anywhere in it change this (<see cref="OutputManifest"/>).</summary>
    public static string Output(string output) => OutputManifest.StampFolders(output);

    public static LastBuild? Read(string root)
    {
        var path = new SiteLayout(root).LastBuildFile;
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<Stored>(File.ReadAllText(path), Json)?.ToLastBuild() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static void Write(string root, LastBuild last)
    {
        var path = new SiteLayout(root).LastBuildFile;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(Stored.From(last), Json));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>The stored form: diagnostics as plain fields, so the warnings can be told again.</summary>
    private sealed record Stored(string Inputs, string Output, int Published, int Booklets, IReadOnlyList<StoredDiagnostic> Diagnostics, string Language, IReadOnlyList<string>? PublishedSlugs = null)
    {
        public static Stored From(LastBuild last) => new(
            last.Inputs,
            last.Output,
            last.Result.PortraitsPublished,
            last.Result.Booklets,
            [.. last.Result.Diagnostics.Select(d => new StoredDiagnostic(d.IsError, d.Path, d.Line, d.Message.English, d.Message.Dutch))],
            last.Result.Language.ToString(),
            last.Result.PublishedSlugs);

        public LastBuild ToLastBuild()
        {
            var diagnostics = Diagnostics.Select(d => new Diagnostic(d.Error ? Severity.Error : Severity.Warning, d.Path, d.Line, new Message(d.English, d.Dutch))).ToList();
            var result = new BuildResult(diagnostics, Enum.Parse<UiLanguage>(Language), Published, [], new PhotoCount(0, 0, 0), Booklets, false, []) { Unchanged = true, PublishedSlugs = PublishedSlugs ?? [] };
            return new LastBuild(Inputs, Output, result);
        }
    }

    private sealed record StoredDiagnostic(bool Error, string Path, int? Line, string English, string Dutch);
}
