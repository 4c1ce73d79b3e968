using PortretSite.Content.Portraits;
using PortretSite.Foundation.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PortretSite.Content.Schema;

/// <summary>A date as remembered: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
public sealed class DateType : ValueType<PartialDate?>
{
    public override Message Description => new("a date: YYYY, YYYY-MM or YYYY-MM-DD", "een datum: JJJJ, JJJJ-MM of JJJJ-MM-DD");

    public override PartialDate? Read(string path, YamlNode node, BindingContext context) => context.Fields.Date(path, node);
}

/// <summary>true or false (yes/no and ja/nee too).</summary>
public sealed class BooleanType : ValueType<bool?>
{
    public override Message Description => ContentMessages.KindBoolean;

    public override bool? Read(string path, YamlNode node, BindingContext context) => context.Fields.Boolean(path, node);
}

/// <summary>A photo file inside the portrait folder, resolved on disk.</summary>
public sealed class PhotoType : ValueType<PhotoRef?>
{
    public override Message Description => new("a photo in the portrait folder: `photos/….jpg`", "een foto in de portretmap: `photos/….jpg`");

    public override Message? Placeholder => new("photos/…jpg", "photos/…jpg");

    public override PhotoRef? Read(string path, YamlNode node, BindingContext context)
    {
        var fields = context.Fields;
        return fields.Text(path, node) is { } written
            ? context.Folder.ResolvePhoto(written, fields.DisplayPath, fields.Line(node), fields.Diagnostics)
            : null;
    }
}

/// <summary>The period of a role in words: <c>1952–1961</c>, <c>1988–</c>, <c>sinds 2019</c>, <c>nu</c>, <c>altijd</c>.</summary>
public sealed class PeriodType : ValueType<RolePeriod?>
{
    public override Message Description => new("a period: `1952–1961`, `1988–`, `since 2019`, `now` or `always` (in Dutch too)", "een periode: `1952–1961`, `1988–`, `sinds 2019`, `nu` of `altijd` (ook in het Engels)");

    public override RolePeriod? Read(string path, YamlNode node, BindingContext context)
    {
        if (context.Fields.Text(path, node) is not { } text)
        {
            return null;
        }

        if (RolePeriodText.TryParse(text, out var period))
        {
            return period;
        }

        context.Fields.Error(node, ContentMessages.NotAPeriod(path, text.Trim()));
        return null;
    }
}
