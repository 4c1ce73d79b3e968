using System.Collections.Concurrent;
using PortretSite.Content.Settings;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Foundation.Progress;
using PortretSite.Foundation.State;

namespace PortretSite.Audio;

/// <summary>
/// The Audio stage: every recording transcoded at most once (and never again while it and the recipe are
/// unchanged) into the two encodings of a clip. A recording that cannot be made into a clip is reported
/// naming its file, and the others still process. Two at a time: ffmpeg uses more than one core itself.
/// </summary>
public sealed class ClipStage(FfmpegTranscoder transcoder, ClipCache cache)
{
    private int _transcoded;
    private int _fromCache;

    /// <summary>How many recordings this stage transcoded (a warm build transcodes none).</summary>
    public int Transcoded => Volatile.Read(ref _transcoded);

    public async Task<ClipCatalog> ProcessAsync(IReadOnlyList<ClipJob> clips, LimitSettings limits, DiagnosticBag diagnostics, IStepProgress progress, CancellationToken cancellationToken)
    {
        var transcodedBefore = Transcoded;
        var cachedBefore = Volatile.Read(ref _fromCache);
        var assets = new ConcurrentDictionary<string, ClipAsset>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(clips, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount / 2), CancellationToken = cancellationToken }, async (job, token) =>
        {
            if (await ProcessAsync(job, limits, diagnostics, token) is { } asset)
            {
                assets[job.FullPath] = asset;
            }

            progress.Advance();
        });
        return new ClipCatalog(assets, clips.Count, Transcoded - transcodedBefore, Volatile.Read(ref _fromCache) - cachedBefore);
    }

    public int Prune(IEnumerable<ClipAsset> keep) => cache.Prune(keep.Select(a => a.Key).ToHashSet(StringComparer.Ordinal));

    private async Task<ClipAsset?> ProcessAsync(ClipJob job, LimitSettings limits, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(job.FullPath);
            if (info.Length == 0)
            {
                diagnostics.Error(job.DisplayPath, null, AudioMessages.Empty);
                return null;
            }

            if (info.Length > limits.MaxFileBytes)
            {
                diagnostics.Error(job.DisplayPath, null, AudioMessages.TooLarge(info.Length, limits.MaxFileBytes));
                return null;
            }

            var key = ClipCache.Key(FileHashes.Compute(job.FullPath));
            if (cache.Find(job.FullPath, key) is { } cached)
            {
                Interlocked.Increment(ref _fromCache);
                return cached;
            }

            var opus = ClipCache.Temporary(cache.Opus(key));
            var aac = ClipCache.Temporary(cache.Aac(key));
            var made = await transcoder.TranscodeAsync(job.FullPath, opus, aac, limits.MaxClipSeconds, cancellationToken);
            if (made.Problem is { } problem)
            {
                File.Delete(opus);
                File.Delete(aac);
                diagnostics.Add(Diagnostic.Error(job.DisplayPath, null, problem) with { Detail = made.Detail });
                return null;
            }

            Interlocked.Increment(ref _transcoded);
            return cache.Store(job.FullPath, key, made.Seconds, opus, aac);
        }
        catch (IOException ex)
        {
            diagnostics.Add(Diagnostic.Error(job.DisplayPath, null, AudioMessages.FileNotReadable) with { Detail = ex.Message });
            return null;
        }
    }
}
