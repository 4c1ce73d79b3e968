namespace PortretSite.Print.Readers;

public enum PageHalf
{
    Left,
    Right,
}

/// <summary>
/// Whether two engines drew the same content: each half of a page (a home sheet holds two
/// booklet pages) is laid under a grid, and a cell with ink in one drawing must have ink in the
/// other. Engines turn photos to gray and smooth edges differently and may place an edge a pixel
/// apart, so tones are not compared and each cell is looked for a little wider in the other
/// drawing; a missing line, photo or page still leaves cells empty.
/// </summary>
public static class PageLikeness
{
    public const int Columns = 16;
    public const int Rows = 32;

    /// <summary>Cells with more ink than this (0 white, 1 black) hold something.</summary>
    private const double Inked = 0.05;

    /// <summary>Cells with less ink than this hold nothing at all.</summary>
    private const double Empty = 0.005;

    /// <summary>How far, in pixels, a cell is looked for in the other drawing.</summary>
    private const int Slack = 2;

    public static IReadOnlyList<PageHalf> Differing(GrayImage a, GrayImage b) =>
        [.. new[] { PageHalf.Left, PageHalf.Right }.Where(half => MissingCells(a, b, half) + MissingCells(b, a, half) > 0)];

    /// <summary>How many cells of one half hold something in <paramref name="drawn"/> and nothing in <paramref name="other"/>.</summary>
    public static int MissingCells(GrayImage drawn, GrayImage other, PageHalf half)
    {
        var missing = 0;
        var (width, height) = (0.5 / Columns, 1.0 / Rows);
        var (slackX, slackY) = (Slack / (double)other.Width, Slack / (double)other.Height);
        for (var column = 0; column < Columns; column++)
        {
            for (var row = 0; row < Rows; row++)
            {
                var (x, y) = ((half == PageHalf.Left ? 0 : 0.5) + (column * width), row * height);
                if (drawn.Ink(x, y, width, height) > Inked && other.Ink(x - slackX, y - slackY, width + (2 * slackX), height + (2 * slackY)) < Empty)
                {
                    missing++;
                }
            }
        }

        return missing;
    }
}
