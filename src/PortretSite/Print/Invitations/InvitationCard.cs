using PortretSite.Foundation.Diagnostics;
using PortretSite.Print.Browser;
using PortretSite.Print.Pdf;
using PortretSite.Rendering.Theme;
using QRCoder;

namespace PortretSite.Print.Invitations;

/// <summary>What an invitation card shows: the site, a QR code of the reader's share link, and their passphrase to type.</summary>
/// <param name="Address">The site's address as printed; none when the site has no <c>SiteUrl</c> (the QR still opens the copy on this computer).</param>
public sealed record InvitationView(string SiteTitle, string Lang, string? Address, string QrSvg, IReadOnlyList<string> PassphraseWords, IReadOnlyDictionary<string, string> Labels);

/// <summary>
/// An A6 card to hand to a reader at the kitchen table (<c>portret readers card</c>): the site's title and address, a
/// QR code of the share link (black on white, 45 mm with its quiet zone) and the passphrase in large print.
/// </summary>
public sealed class InvitationCard(ThemeFiles theme, ThemeTemplates templates, IPdfTools pdf)
{
    public static readonly PaperSize A6 = new(105, 148);

    public async Task<byte[]> PrintAsync(BrowserHost browser, InvitationView view, string workFolder, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var html = templates.Render("invitation", view, diagnostics) ?? throw new InvalidOperationException("the invitation template did not render");
        var workspace = await PrintWorkspace.PrepareAsync(workFolder, theme, cancellationToken);
        var file = Path.Combine(workspace, "invitation.html");
        await File.WriteAllTextAsync(file, html, cancellationToken);
        try
        {
            // Chromium rounds its page size: the card gets the exact A6 boxes, a title and a language.
            var printed = await new PdfPrinter(browser).PrintAsync(file, A6, cancellationToken);
            return pdf.FinishForPrintShop(printed, new PrintFinish(A6.WidthMm, A6.HeightMm, 0, false, view.SiteTitle, view.Lang, Booklet: false));
        }
        finally
        {
            // The page held the passphrase in plain text: it does not stay on disk.
            Directory.Delete(workspace, recursive: true);
        }
    }

    /// <summary>The link as a QR code in SVG, with the quiet zone of four modules the standard asks for.</summary>
    public static string QrSvg(string link)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(link, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(new System.Drawing.Size(400, 400), "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
