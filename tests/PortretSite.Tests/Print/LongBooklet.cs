using System.Globalization;
using System.Text;
using PortretSite.Tests.TestSupport;

namespace PortretSite.Tests.Print;

/// <summary>A booklet-like HTML file of about 48 A5 pages with photos, for the benchmark and the long-booklet checks.</summary>
public static class LongBooklet
{
    public const int Pages = 48;

    /// <summary>Writes the file into a folder and returns its path: contents, chapters of text, a print-size JPEG (300 dpi at text width) on every fourth page.</summary>
    public static string Make(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in new[] { "print.css", "eb-garamond-regular.woff2" })
        {
            File.Copy(PrintEngine.Document(file), Path.Combine(folder, file), overwrite: true);
        }

        var paragraph = string.Concat(Enumerable.Repeat("Zij vertelde over de zomers aan het water, over het brood dat om vier uur 's ochtends gebakken werd en over de liederen die ze zong. ", 5));
        var body = new StringBuilder("<h1>Inhoud</h1><ul class=\"contents\">");
        for (var chapter = 1; chapter <= Pages / 4; chapter++)
        {
            body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#c{chapter}\">Hoofdstuk {chapter} <span data-page-of=\"c{chapter}\">00</span></a></li>");
        }

        body.Append("</ul>");
        for (var page = 2; page <= Pages; page++)
        {
            if (page % 4 == 2)
            {
                body.Append(CultureInfo.InvariantCulture, $"<h2 id=\"c{page / 4 + 1}\">Hoofdstuk {page / 4 + 1}</h2>");
            }

            if (page % 4 == 0)
            {
                var photo = $"photo-{page}.jpg";
                VipsCli.Run("vips", "thumbnail", RepositoryPaths.Fixture("images/exif-gps-rotated.jpg"), Path.Combine(folder, photo) + "[Q=85,strip]", (1300 + page).ToString(CultureInfo.InvariantCulture), "--height", "1000", "--crop", "centre");
                body.Append(CultureInfo.InvariantCulture, $"<figure style=\"margin:0\"><img src=\"{photo}\" alt=\"\" style=\"width:100%\"><figcaption>Foto bij pagina {page}</figcaption></figure>");
            }
            else
            {
                body.Append(CultureInfo.InvariantCulture, $"<p>{paragraph}</p><p>{paragraph}</p>");
            }

            body.Append("<div class=\"page\"></div>");
        }

        var html = Path.Combine(folder, "booklet.html");
        File.WriteAllText(html, $"<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Benchmark</title><link rel=\"stylesheet\" href=\"print.css\"></head><body>{body}</body></html>");
        return html;
    }
}
