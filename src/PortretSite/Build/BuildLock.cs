using PortretSite.Foundation;
using System.Globalization;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Foundation.State;

namespace PortretSite.Build;

/// <summary>
/// One build at a time per site: an exclusive lock on <see cref="SiteLayout.BuildLockFileName"/>. The operating
/// system releases the lock when the process ends, so a crashed build never leaves it stuck;
/// the file only tells the waiting build who holds it.
/// </summary>
public sealed class BuildLock : IDisposable
{


    private readonly FileStream _stream;

    private BuildLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock, waiting while another build holds it; says once that it waits.</summary>
    public static async Task<BuildLock> AcquireAsync(string root, UiLanguage language, Action<string> note, CancellationToken cancellationToken)
    {
        LocalStateFolder.Ensure(root);
        var path = new SiteLayout(root).BuildLockFile;
        var announced = false;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                stream.SetLength(0);
                var owner = string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId} {DateTime.Now:HH:mm:ss}");
                stream.Write(System.Text.Encoding.UTF8.GetBytes(owner));
                stream.Flush();
                return new BuildLock(stream);
            }
            catch (IOException) when (!cancellationToken.IsCancellationRequested)
            {
                if (!announced)
                {
                    note(BuildMessages.WaitingForLock.In(language));
                    announced = true;
                }

                await Task.Delay(200, cancellationToken);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
