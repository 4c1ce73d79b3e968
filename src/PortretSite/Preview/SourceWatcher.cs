using PortretSite.Foundation;
namespace PortretSite.Preview;

/// <summary>
/// Watches what a site is made of (its sources and settings in <see cref="SiteLayout"/>) and calls
/// back once a burst of saves has settled, so an editor's save triggers one rebuild, not five.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private static readonly string[] Watched = [.. SiteLayout.SourceFolderNames, SiteLayout.SettingsFileName];
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _debounce;
    private readonly TimeSpan _quiet;
    private readonly string _root;

    public SourceWatcher(string root, TimeSpan quiet, Action onChange)
    {
        _root = Path.GetFullPath(root);
        _quiet = quiet;
        _debounce = new Timer(_ => onChange(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += OnEvent;
        _watcher.Created += OnEvent;
        _watcher.Deleted += OnEvent;
        _watcher.Renamed += OnEvent;
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _debounce.Dispose();
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (IsSource(e.FullPath) || (e is RenamedEventArgs renamed && IsSource(renamed.OldFullPath)))
        {
            _debounce.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private bool IsSource(string path)
    {
        var relative = Path.GetRelativePath(_root, path).Replace('\\', '/');
        var first = relative.Split('/')[0];
        var name = Path.GetFileName(relative);
        return Watched.Contains(first) && !name.StartsWith('.') && !name.EndsWith('~');
    }
}
