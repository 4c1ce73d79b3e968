using PortretSite.Content.Schema;
using PortretSite.Foundation.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Recognition;

/// <summary><c>approved.fingerprint</c>: <c>sha256:</c> and 64 hex digits, as <c>portret approve</c> writes it.</summary>
public sealed class FingerprintType : ValueType<string?>
{
    public override Message Description => new("`sha256:` and 64 hex digits, written by `portret approve`", "`sha256:` en 64 hexadecimale tekens, geschreven door `portret approve`");

    public override string? Read(string path, YamlNode node, BindingContext context)
    {
        if (context.Fields.Text(path, node) is not { } text)
        {
            return null;
        }

        if (ContentFingerprint.ParseValue(text) is { } value)
        {
            return value;
        }

        context.Fields.Error(node, RecognitionMessages.BadFingerprint(path));
        return null;
    }
}

/// <summary><c>approved.files</c>: one <c>hash path</c> line per file the fingerprint covers.</summary>
public sealed class FileFingerprintsType : ValueType<IReadOnlyList<FileFingerprint>>
{
    public override Message Description => new("a list of `hash path`, written by `portret approve`", "een lijst van `hash pad`, geschreven door `portret approve`");

    public override bool IsList => true;

    public override IReadOnlyList<FileFingerprint> Absent => [];

    public override IReadOnlyList<FileFingerprint> Read(string path, YamlNode node, BindingContext context)
    {
        var files = new List<FileFingerprint>();
        foreach (var written in context.Fields.TextList(path, node))
        {
            if (FileFingerprint.Parse(written) is { } file)
            {
                files.Add(file);
            }
            else
            {
                context.Fields.Error(node, RecognitionMessages.BadFileFingerprint(path, written));
            }
        }

        return files;
    }
}
