namespace PortretSite.Foundation.Output;

/// <summary>
/// What the stages call to put files into the output. Nothing is written yet: the files go into
/// an <see cref="OutputPlan"/>, and <see cref="OutputUpdate"/> brings the output folder to it at
/// the end of a build that succeeded, touching only the files that changed.
/// </summary>
public sealed class OutputWriter(OutputPlan plan, string prefix = "")
{
    public OutputWriter()
        : this(new OutputPlan())
    {
    }

    public OutputPlan Plan => plan;

    public void Write(string relativePath, ReadOnlySpan<byte> content) => plan.Add(prefix + relativePath, PlannedFile.FromBytes(content.ToArray()));

    /// <summary>A hard link to a cache entry that a later build may replace by a new file of the same name (a reprinted booklet).</summary>
    public void Link(string relativePath, string source) => plan.Add(prefix + relativePath, PlannedFile.LinkStamped(source));

    /// <summary>A hard link to a cache entry whose name (and <paramref name="version"/>, see <see cref="PlannedFile.LinkNamedByContent"/>) says what it holds: an unchanged file costs no look at the disk.</summary>
    public void LinkNamedByContent(string relativePath, string source, string? version = null) => plan.Add(prefix + relativePath, PlannedFile.LinkNamedByContent(source, version));

    /// <summary>A writer for a folder inside this one (<c>site/</c>, <c>print/</c>).</summary>
    public OutputWriter Sub(string folder) => new(plan, prefix + folder + "/");
}
