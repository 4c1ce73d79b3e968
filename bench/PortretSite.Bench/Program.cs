using PortretSite.Bench;

return args switch
{
    ["booklet", var root, var slug, var runs] => await BookletBenchmark.RunAsync(root, slug, int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture)),
    ["images", var folder, var cache] => await ImageBenchmark.RunAsync(folder, cache),
    ["leak", var photo, var count] => LeakBenchmark.Run(photo, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: booklet <site-root> <slug> <runs> | images <photo-folder> <cache-folder> | leak <photo> <count>");
    return 2;
}
