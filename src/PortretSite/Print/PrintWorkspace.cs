using PortretSite.Rendering.Theme;

namespace PortretSite.Print;

/// <summary>A fresh folder to print one document from: the theme's stylesheets and fonts beside the HTML, as the browser reads them.</summary>
public static class PrintWorkspace
{
    /// <summary>Empties <paramref name="folder"/> (a failed print may have left files) and copies the theme's CSS and fonts into it.</summary>
    public static async Task<string> PrepareAsync(string folder, ThemeFiles theme, CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        foreach (var asset in theme.List("assets/css").Concat(theme.List("assets/fonts")))
        {
            var target = Path.Combine(folder, asset);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllBytesAsync(target, theme.ReadBytes(asset), cancellationToken);
        }

        return folder;
    }
}
