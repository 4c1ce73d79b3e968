using PortretSite.Content.Settings;
using PortretSite.Foundation.Diagnostics;
using PortretSite.Foundation.Output;
using PortretSite.Publication;
using PortretSite.Rendering.Theme;

namespace PortretSite.Site.Protection;

/// <summary>
/// The review edition: a small protected site of its own (<c>output/review/site</c>) holding only the portraits in
/// review, each opened by its own review passphrase, so the person can read theirs on a tablet and show it to whom
/// they choose before approving it. It is made by the same <see cref="ProtectedSiteWriter"/> as the site, under a
/// secret derived apart from the site's and with the portraits' key salts, and every page and the shell around
/// them are marked "for review — not yet approved". The published site never holds a portrait in review.
/// </summary>
public sealed class ReviewEdition(SiteSecret secret, PortraitSalts salts, ThemeFiles theme, ThemeTemplates templates, Func<string, Labels> labelsFor)
{
    /// <summary>The review edition's folder inside the output's <c>review/</c>, beside the paper review copies.</summary>
    public const string Folder = "site";
    private const string SecretPurpose = "review-edition";

    /// <summary>The keys of the review edition, apart from the site's.</summary>
    public static KeyRing KeysOf(SiteSecret secret, PortraitSalts salts) => new(secret.For(SecretPurpose), salts.For);

    /// <returns>How many portraits it holds.</returns>
    public int Write(PublicationPlan review, SiteRenderer renderer, SiteSettings settings, string cacheFolder, OutputWriter folder, DiagnosticBag diagnostics)
    {
        var cache = new CiphertextCache(cacheFolder);
        if (review.Portraits.Count > 0)
        {
            var writer = new ProtectedSiteWriter(KeysOf(secret, salts), cache, renderer, theme, templates, labelsFor);
            writer.Write(new ProtectionInput(renderer.Media(review.Included), review, settings, WithBooklets: false) { ForReview = true }, folder, diagnostics);
        }

        // With nothing in review, the cache is emptied: a withdrawn portrait's ciphertext goes with it.
        if (!diagnostics.HasErrors)
        {
            cache.Prune();
        }

        return review.Portraits.Count;
    }
}
