using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Foundation.Output;
using PortretSite.Foundation.State;

namespace PortretSite.Build;

/// <summary>
/// Writes into a staging folder and swaps it in only if everything was written; a full disk or a
/// read-only folder becomes an error, and the previous output stays as it was.
/// </summary>
internal sealed class StagedOutput(string output, SiteLayout layout, DiagnosticBag diagnostics)
{
    public async Task<bool> WriteAsync(Func<OutputWriter, Task> write)
    {
        var folder = new OutputFolder(output);
        try
        {
            var staging = folder.BeginStaging();
            await write(new OutputWriter(staging, Directory.Exists(folder.Target) ? folder.Target : null));
            if (diagnostics.HasErrors)
            {
                folder.Abandon();
                return false;
            }

            BuildCheckpoint.Reach("swap", layout.Root);
            folder.Commit();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Path.GetFileName(folder.Target), null, BuildMessages.OutputNotWritable(folder.Target, ex.Message));
            TryAbandon(folder);
            return false;
        }
    }

    private static void TryAbandon(OutputFolder folder)
    {
        try
        {
            folder.Abandon();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The staging folder is beside the output, never inside it; the next build clears it.
        }
    }
}
