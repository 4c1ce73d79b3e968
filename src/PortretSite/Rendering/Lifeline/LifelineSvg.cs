using System.Globalization;
using System.Net;
using System.Text;
using PortretSite.Content.Portraits;

namespace PortretSite.Rendering.Lifeline;

/// <summary>An event as the life line draws it: where it is, and the text beside it.</summary>
public sealed record LifelineEvent(string Anchor, PartialDate Date, string Title, Mood Mood);

/// <summary>
/// Draws the levenslijn: a line over the years that rises at highs and dips at lows. Two
/// layouts from the same events — wide for screens and paper, tall for phones — told apart by
/// shape as well as position, so it reads in grey. The events are also listed as text on the
/// page; the drawing itself is hidden from screen readers.
/// </summary>
public static class LifelineSvg
{
    private const double LabelLineHeight = 19;

    /// <summary>On paper the tall layout is set larger (see print.css), so its lines stand further apart.</summary>
    private const double PrintLabelLineHeight = 27;

    public static string Wide(IReadOnlyList<LifelineEvent> events, string label)
    {
        var width = Math.Max(960, (118 * (events.Count - 1)) + 160);
        const double height = 350;
        const double margin = 70;
        var xs = Spread(events, margin, width - margin, 118);
        var svg = Open("lifeline__drawing lifeline__drawing--wide", width, height, label);
        var points = events.Select((e, i) => (X: xs[i], Y: WideY(e.Mood))).ToList();
        svg.Append(Line(0, 190, width, 190, "lifeline__axis"));
        svg.Append(Curve([(0, 190.0), .. points, (width, 190.0)]));
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var (x, y) = points[i];
            var above = e.Mood == Mood.High || (e.Mood == Mood.Turn && i % 2 == 0);
            var lines = Wrap(e.Title, 15, 3);
            var firstBaseline = above ? y - 24 - (lines.Count * LabelLineHeight) : y + 34;
            svg.Append(EventOpen(e, x, y));
            svg.Append(Marker(e.Mood, x, y));
            svg.Append(Label(x, firstBaseline, "middle", Year(e.Date), lines, LabelLineHeight));
            svg.Append("</a></g>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>
    /// Time runs down the page. Phones get it 360 wide; a booklet page, wider in proportion to
    /// its text block, so the labels stay readable on paper.
    /// </summary>
    public static string Tall(IReadOnlyList<LifelineEvent> events, string label, double width = 360)
    {
        const double top = 40;
        var height = Math.Max(360, (events.Count * 100) + 80);
        var ys = Spread(events, top, height - 40, 96);
        var band = Math.Min(width * 0.34, 200);
        var svg = Open("lifeline__drawing lifeline__drawing--tall", width, height, label);
        var points = events.Select((e, i) => (X: TallX(e.Mood, band), Y: ys[i])).ToList();
        svg.Append(Line(band / 2, 0, band / 2, height, "lifeline__axis"));
        svg.Append(Curve([(band / 2, top / 2), .. points, (band / 2, height - 20)]));
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var (x, y) = points[i];
            var lines = Wrap(e.Title, (int)((width - band - 30) / (width > 360 ? 12 : 10)), 2);
            svg.Append(EventOpen(e, x, y));
            svg.Append(Marker(e.Mood, x, y));
            svg.Append(Label(band + 24, y - 8, "start", Year(e.Date), lines, width > 360 ? PrintLabelLineHeight : LabelLineHeight));
            svg.Append("</a></g>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Highs above, lows below, turning points on the axis (SVG y grows downwards).</summary>
    public static double WideY(Mood mood) => mood switch
    {
        Mood.High => 120,
        Mood.Low => 250,
        _ => 190,
    };

    /// <summary>Highs to the right of the axis, lows to the left, within a band beside the labels.</summary>
    private static double TallX(Mood mood, double band) => mood switch
    {
        Mood.High => band * 0.84,
        Mood.Low => band * 0.16,
        _ => band / 2,
    };

    /// <summary>
    /// Positions along the time axis, proportional to the dates where that leaves room for the
    /// labels, and evened out where events crowd together.
    /// </summary>
    private static double[] Spread(IReadOnlyList<LifelineEvent> events, double from, double to, double minGap)
    {
        var n = events.Count;
        if (n == 1)
        {
            return [(from + to) / 2];
        }

        var first = events[0].Date.Start.DayNumber;
        var span = Math.Max(1, events[^1].Date.Start.DayNumber - first);
        var byTime = events.Select(e => from + ((e.Date.Start.DayNumber - first) * (to - from) / span)).ToArray();
        var even = Enumerable.Range(0, n).Select(i => from + (i * (to - from) / (n - 1))).ToArray();
        foreach (var weight in new[] { 1.0, 0.6, 0.3, 0.0 })
        {
            var blend = byTime.Select((t, i) => (weight * t) + ((1 - weight) * even[i])).ToArray();
            if (blend.Zip(blend.Skip(1), (a, b) => b - a).All(gap => gap >= minGap))
            {
                return blend;
            }
        }

        return even;
    }

    private static StringBuilder Open(string cssClass, double width, double height, string label) =>
        new StringBuilder()
            .Append("<svg class=\"").Append(cssClass).Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" focusable=\"false\" data-label=\"")
            .Append(WebUtility.HtmlEncode(label)).Append("\">");

    private static string EventOpen(LifelineEvent e, double x, double y) =>
        $"<g class=\"lifeline__event lifeline__event--{e.Mood.ToString().ToLowerInvariant()}\" data-date=\"{e.Date}\" data-mood=\"{e.Mood.ToString().ToLowerInvariant()}\" data-x=\"{N(x)}\" data-y=\"{N(y)}\"><a href=\"#{e.Anchor}\" tabindex=\"-1\">";

    private static string Line(double x1, double y1, double x2, double y2, string cssClass) =>
        $"<line class=\"{cssClass}\" x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\"/>";

    /// <summary>A smooth line through the points (Catmull-Rom as cubic Béziers).</summary>
    private static string Curve(IReadOnlyList<(double X, double Y)> p)
    {
        var d = new StringBuilder().Append('M').Append(N(p[0].X)).Append(',').Append(N(p[0].Y));
        for (var i = 0; i < p.Count - 1; i++)
        {
            var p0 = p[Math.Max(0, i - 1)];
            var p1 = p[i];
            var p2 = p[i + 1];
            var p3 = p[Math.Min(p.Count - 1, i + 2)];
            var c1 = (X: p1.X + ((p2.X - p0.X) / 6), Y: p1.Y + ((p2.Y - p0.Y) / 6));
            var c2 = (X: p2.X - ((p3.X - p1.X) / 6), Y: p2.Y - ((p3.Y - p1.Y) / 6));
            d.Append(" C").Append(N(c1.X)).Append(',').Append(N(c1.Y)).Append(' ')
                .Append(N(c2.X)).Append(',').Append(N(c2.Y)).Append(' ')
                .Append(N(p2.X)).Append(',').Append(N(p2.Y));
        }

        return $"<path class=\"lifeline__line\" d=\"{d}\"/>";
    }

    /// <summary>High: a filled circle; low: an open circle; turning point: a diamond.</summary>
    private static string Marker(Mood mood, double x, double y) => mood switch
    {
        Mood.High => $"<circle class=\"lifeline__mark\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"9\"/>",
        Mood.Low => $"<circle class=\"lifeline__mark\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"8\"/>",
        _ => $"<path class=\"lifeline__mark\" d=\"M{N(x)},{N(y - 11)} L{N(x + 11)},{N(y)} L{N(x)},{N(y + 11)} L{N(x - 11)},{N(y)} Z\"/>",
    };

    private static string Label(double x, double firstBaseline, string anchor, string year, IReadOnlyList<string> lines, double lineHeight)
    {
        var text = new StringBuilder()
            .Append("<text class=\"lifeline__label\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(firstBaseline))
            .Append("\" text-anchor=\"").Append(anchor).Append("\">")
            .Append("<tspan class=\"lifeline__year\" x=\"").Append(N(x)).Append("\">").Append(year).Append("</tspan>");
        foreach (var line in lines)
        {
            text.Append("<tspan x=\"").Append(N(x)).Append("\" dy=\"").Append(N(lineHeight)).Append("\">")
                .Append(WebUtility.HtmlEncode(line)).Append("</tspan>");
        }

        return text.Append("</text>").ToString();
    }

    private static string Year(PartialDate date) => date.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Breaks a title into at most <paramref name="maxLines"/> lines of about <paramref name="width"/> characters.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width, int maxLines)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : "").Append(word);
        }

        if (current.Length > 0)
        {
            lines.Add(current.ToString());
        }

        if (lines.Count > maxLines)
        {
            lines = [.. lines.Take(maxLines)];
            lines[^1] = lines[^1].TrimEnd('.', ',') + "…";
        }

        return lines;
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
