using System.Diagnostics;
using System.Globalization;

namespace PortretSite.Tests.TestSupport;

/// <summary>The libvips command-line tools, as an independent reader of the files the stage writes.</summary>
public static class VipsCli
{
    public static double[] Pixel(string path, int x, int y) =>
        [.. Run("vips", "getpoint", path, x.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture))];

    public static double[] BandMeans(string path)
    {
        var bands = int.Parse(Run("vipsheader", "-f", "bands", path), CultureInfo.InvariantCulture);
        var means = new double[bands];
        for (var band = 0; band < bands; band++)
        {
            var extracted = Path.Combine(Path.GetTempPath(), $"band-{Guid.NewGuid():N}.v");
            Run("vips", "extract_band", path, extracted, band.ToString(CultureInfo.InvariantCulture));
            means[band] = double.Parse(Run("vips", "avg", extracted), CultureInfo.InvariantCulture);
            File.Delete(extracted);
        }

        return means;
    }

    public static string Field(string path, string field) => Run("vipsheader", "-f", field, path);

    public static string Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)}: {error}");
        }

        return output.Trim();
    }
}
