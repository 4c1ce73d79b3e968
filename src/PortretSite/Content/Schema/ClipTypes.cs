using PortretSite.Content.Portraits;
using PortretSite.Content.Text;
using PortretSite.Foundation.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Schema;

/// <summary>A recording in the portrait folder, as a phone or recorder made it: <c>audio/….m4a</c>.</summary>
public sealed class ClipFileType : ValueType<PhotoRef?>
{
    public override Message Description => new("a recording in the portrait folder: `audio/….m4a` (or mp3, wav, ogg, opus, webm)", "een opname in de portretmap: `audio/….m4a` (of mp3, wav, ogg, opus, webm)");

    public override Message? Placeholder => new("audio/…m4a", "audio/…m4a");

    public override PhotoRef? Read(string path, YamlNode node, BindingContext context)
    {
        var fields = context.Fields;
        return fields.Text(path, node) is { } written
            ? context.Folder.ResolveClip(written, fields.DisplayPath, fields.Line(node), fields.Diagnostics)
            : null;
    }
}

/// <summary>A text file in the portrait folder whose content is the value (a transcript kept beside its recording).</summary>
public sealed class TextFileType : ValueType<string?>
{
    public override Message Description => new("a text file in the portrait folder: `audio/….txt`", "een tekstbestand in de portretmap: `audio/….txt`");

    public override Message? Placeholder => new("audio/…txt", "audio/…txt");

    public override string? Read(string path, YamlNode node, BindingContext context)
    {
        var fields = context.Fields;
        if (fields.Text(path, node) is not { } written
            || context.Folder.Resolve(written, fields.DisplayPath, fields.Line(node), fields.Diagnostics) is not { } file)
        {
            return null;
        }

        return TextFileReader.Read(file.FullPath, context.Folder.Display(file.RelativePath), fields.Diagnostics)?.Trim();
    }
}
