using PortretSite.Content.Recognition;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Bench;

/// <summary>Approves every portrait of a generated corpus with a fingerprint, as <c>portret approve</c> would one by one, so a benchmark build checks fingerprints as a real site's does.</summary>
internal static class ApproveAll
{
    public static int Run(string root)
    {
        var diagnostics = new DiagnosticBag();
        var slugs = Directory.GetDirectories(new SiteLayout(root).Portraits).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var approved = slugs.Count(slug => Approver.Approve(root, slug!, "Bench", new DateOnly(2024, 1, 1), diagnostics) is not null);
        foreach (var problem in diagnostics.ToList())
        {
            Console.Error.WriteLine($"{problem.Path}: {problem.Message.English}");
        }

        Console.WriteLine($"approved {approved} of {slugs.Count} portraits with a fingerprint");
        return approved == slugs.Count ? 0 : 1;
    }
}
