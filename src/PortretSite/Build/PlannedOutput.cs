using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Foundation.Output;
using PortretSite.Foundation.State;

namespace PortretSite.Build;

/// <summary>
/// The stages plan the output; the output folder is updated from the plan only when the whole
/// build succeeded, and then only where it changed (<see cref="OutputUpdate"/>). A full disk or a
/// read-only folder becomes an error, and the previous output stays as it was.
/// </summary>
internal sealed class PlannedOutput(string output, SiteLayout layout, DiagnosticBag diagnostics)
{
    /// <summary>With <paramref name="whole"/> the plan is the whole output; without, it adds to it (one reprinted booklet).</summary>
    public async Task<bool> WriteAsync(Func<OutputWriter, Task> plan, bool whole = true)
    {
        try
        {
            var writer = new OutputWriter();
            await plan(writer);
            if (diagnostics.HasErrors)
            {
                return false;
            }

            BuildCheckpoint.Reach("update", layout.Root);
            OutputUpdate.Apply(writer.Plan, output, layout.OutputManifestFile(output), whole);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var folder = Path.GetFullPath(output.TrimEnd('/', '\\'));
            diagnostics.Error(Path.GetFileName(folder), null, BuildMessages.OutputNotWritable(folder, ex.Message));
            return false;
        }
    }
}
