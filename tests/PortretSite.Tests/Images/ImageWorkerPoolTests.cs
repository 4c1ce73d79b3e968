using PortretSite.Foundation.State;
using System.Text.Json;
using PortretSite.Content.Settings;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Foundation.Progress;
using PortretSite.Images;
using PortretSite.Images.Vips;
using PortretSite.Images.Workers;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Images;

/// <summary>Photos made in worker processes: the same files as in this process, and a crash costs one photo, not the build.</summary>
public sealed class ImageWorkerPoolTests : IDisposable
{
    private const string Crashing = "valt-om.jpg";
    private readonly string _work = Path.Combine(Path.GetTempPath(), "portret-workers-" + Guid.NewGuid().ToString("N")[..8]);
    /// <summary>One worker at a time, which crashes on <see cref="Crashing"/>.</summary>
    private readonly ImageWorkerPool _pool = new(WorkerCommand.ThisProgram(new Dictionary<string, string> { [ImageWorkerHost.CrashOnVariable] = Crashing }), 1);

    public ImageWorkerPoolTests() => Directory.CreateDirectory(_work);

    public void Dispose()
    {
        _pool.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public void A_photo_that_crashes_its_worker_fails_alone_and_the_next_photo_gets_a_new_worker()
    {
        var before = _pool.MakeVariants(Request(Photo("voor.jpg")));
        var startedBefore = _pool.Started;

        var crashed = _pool.MakeVariants(Request(Photo(Crashing)));
        var startedAtCrash = _pool.Started;
        var after = _pool.MakeVariants(Request(Photo("na.jpg")));

        Assert.NotNull(before.Photo);
        Assert.Null(crashed.Photo);
        Assert.Equal(ImageMessages.WorkerCrashed("SIGABRT"), crashed.Problem?.Message);
        Assert.NotNull(after.Photo);
        Assert.Equal(1, startedBefore);
        Assert.Equal(startedBefore + 1, startedAtCrash);
        Assert.Equal(startedAtCrash + 1, _pool.Started);
    }

    [Fact]
    public async Task In_a_build_only_the_crashing_photo_is_reported_by_its_name_in_both_languages()
    {
        var photos = new[] { Photo("een.jpg"), Photo(Crashing, "images/cmyk.jpg"), Photo("twee.png", "images/alpha.png"), Photo("drie.jpg", "images/exif-gps-rotated.jpg") };
        var stage = new PhotoStage(_pool, new PhotoCache(Path.Combine(_work, "cache")));
        var diagnostics = new DiagnosticBag();

        var catalog = await stage.ProcessAsync([.. photos.Select(p => new PhotoJob(p, "input/portraits/p/photos/" + Path.GetFileName(p)))], new ImageSettings(), new LimitSettings(), diagnostics, SilentProgress.Instance, CancellationToken.None);

        var error = Assert.Single(diagnostics.ToList());
        Assert.Equal("input/portraits/p/photos/" + Crashing, error.Path);
        Assert.Equal(
            "input/portraits/p/photos/valt-om.jpg: the photo program stopped twice while making this photo (SIGABRT); the other photos were made. Open the photo in a photo editor and save it again, or leave it out",
            error.Format(UiLanguage.English));
        Assert.Equal(
            "input/portraits/p/photos/valt-om.jpg: het fotoprogramma stopte twee keer bij het maken van deze foto (SIGABRT); de andere foto's zijn gemaakt. Open de foto in een fotobewerker en bewaar hem opnieuw, of laat hem weg",
            error.Format(UiLanguage.Dutch));
        Assert.Equal(3, catalog.BySource.Count);
        Assert.Null(catalog.Find(photos[1]));
    }

    [Fact]
    public void A_worker_makes_the_same_files_as_this_process()
    {
        var source = Photo("cmyk.jpg", "images/cmyk.jpg");
        var inProcess = new PhotoMaker(new VipsImageProcessor()).MakeVariants(Request(source, "hier"));
        var inWorker = _pool.MakeVariants(Request(source, "werker"));

        Assert.Equal(JsonSerializer.Serialize(inProcess.Photo), JsonSerializer.Serialize(inWorker.Photo));
        var here = new CacheFiles(Path.Combine(_work, "hier"));
        var there = new CacheFiles(Path.Combine(_work, "werker"));
        Assert.All(inProcess.Photo!.Variants, v => Assert.Equal(File.ReadAllBytes(here.PathFor(v.FileName)), File.ReadAllBytes(there.PathFor(v.FileName))));
    }

    [Fact]
    public void A_photo_that_cannot_be_read_is_reported_without_losing_the_worker()
    {
        var corrupt = Photo("kapot.jpg", "images/corrupt.jpg");

        var made = _pool.MakeVariants(Request(corrupt));
        var next = _pool.MakeVariants(Request(Photo("heel.jpg")));

        Assert.Equal(ImageMessages.Unreadable, made.Problem?.Message);
        Assert.False(string.IsNullOrEmpty(made.Problem?.Detail), "the library's words are kept for --verbose");
        Assert.NotNull(next.Photo);
        Assert.Equal(1, _pool.Started);
    }

    private VariantsRequest Request(string source, string cache = "cache") =>
        new(source, Path.Combine(_work, cache), "0123456789abcdef0123", new ImageSettings { Widths = [160, 320] }, new LimitSettings().MaxPixels);

    private string Photo(string name, string fixture = "images/low-res-320.jpg")
    {
        var path = Path.Combine(_work, "photos", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(RepositoryPaths.Fixture(fixture), path, overwrite: true);
        return path;
    }
}
