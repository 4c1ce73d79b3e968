using PortretSite.Foundation;
using PortretSite.Foundation.State;

namespace PortretSite.Publication.Readers;

/// <summary>
/// The readers' passphrases: from <c>PORTRET_READER_&lt;NAME&gt;</c> on a build server, otherwise from the
/// git-ignored <see cref="SiteLayout.ReaderSecretsFileName"/> (lines <c>Name: passphrase</c>, readable by its owner only).
/// </summary>
public sealed class ReaderSecrets
{
    private readonly string _path;
    private readonly Dictionary<string, string> _stored;

    private ReaderSecrets(string path, Dictionary<string, string> stored)
    {
        _path = path;
        _stored = stored;
    }

    public static ReaderSecrets Load(string root)
    {
        var path = new SiteLayout(root).ReaderSecretsFile;
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        // The file is written by 'portret readers' only: a line it cannot read is not the editor's to fix.
        foreach (var line in SecretLines.Read(path, _ => { }))
        {
            stored[line.Key] = line.Value;
        }

        return new ReaderSecrets(path, stored);
    }

    /// <summary>The reader's passphrase; the environment first, as for audience passwords.</summary>
    public string? For(Reader reader) =>
        Environment.GetEnvironmentVariable(reader.Variable) is { Length: > 0 } fromEnvironment ? fromEnvironment.Trim() : _stored.GetValueOrDefault(reader.Name);

    public void Set(string root, string name, string passphrase)
    {
        _stored[name] = passphrase;
        Save(root);
    }

    public void Remove(string root, string name)
    {
        if (_stored.Remove(name))
        {
            Save(root);
        }
    }

    private void Save(string root) =>
        SecretLines.Write(root, _path, "# Passphrases of the readers in readers.json; this file stays on this computer.\n", _stored);
}
