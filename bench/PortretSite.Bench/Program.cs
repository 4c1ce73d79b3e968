using PortretSite.Bench;

return args switch
{
    ["approve-all", var root] => ApproveAll.Run(root),
    ["booklet", var root, var slug, var runs] => await BookletBenchmark.RunAsync(root, slug, int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture)),
    ["images", var folder, var cache] => await ImageBenchmark.RunAsync(folder, cache, inProcess: false),
    ["images", var folder, var cache, "--in-process"] => await ImageBenchmark.RunAsync(folder, cache, inProcess: true),
    ["leak", var photo, var count] => LeakBenchmark.Run(photo, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["stress", var folder, var count, .. var options] => StressBenchmark.Run(folder, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), options.Contains("--in-process"), options.Contains("--collect")),
    ["search", var root, var url, var siteFolder, var password] => await SearchBenchmark.RunAsync(root, url, siteFolder, password),
    ["unlock", var url, var password, var runs] => await UnlockBenchmark.RunAsync(url, password, int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: approve-all <site-root> | booklet <site-root> <slug> <runs> | images <photo-folder> <cache-folder> [--in-process] | leak <photo> <count> | stress <photo-folder> <count> [--in-process [--collect]] | search <site-root> <site-url> <site-folder> <password> | unlock <site-url> <password> <runs>");
    return 2;
}
