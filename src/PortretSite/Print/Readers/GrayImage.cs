using System.Text;

namespace PortretSite.Print.Readers;

/// <summary>An 8-bit grayscale picture of a page, 0 black to 255 white, row by row from the top.</summary>
public sealed record GrayImage(int Width, int Height, byte[] Pixels)
{
    /// <summary>Reads a binary PGM file (P5, maximum 255), comments included.</summary>
    public static GrayImage ReadPgm(byte[] file)
    {
        var position = 0;
        var fields = new string[4];
        for (var i = 0; i < fields.Length; i++)
        {
            while (position < file.Length && (char.IsWhiteSpace((char)file[position]) || file[position] == '#'))
            {
                if (file[position] == '#')
                {
                    while (position < file.Length && file[position] != '\n')
                    {
                        position++;
                    }
                }
                else
                {
                    position++;
                }
            }

            var start = position;
            while (position < file.Length && !char.IsWhiteSpace((char)file[position]))
            {
                position++;
            }

            fields[i] = Encoding.ASCII.GetString(file, start, position - start);
        }

        if (fields[0] != "P5" || fields[3] != "255" || !int.TryParse(fields[1], out var width) || !int.TryParse(fields[2], out var height) || position + 1 + (width * height) > file.Length)
        {
            throw new InvalidDataException("not an 8-bit binary PGM file");
        }

        return new GrayImage(width, height, file[(position + 1)..(position + 1 + (width * height))]);
    }

    /// <summary>How much ink covers a rectangle given in fractions of the picture (the part inside it): 0 white, 1 black.</summary>
    public double Ink(double left, double top, double width, double height)
    {
        var (x0, x1) = Span(left, width, Width);
        var (y0, y1) = Span(top, height, Height);
        long sum = 0;
        for (var y = y0; y < y1; y++)
        {
            for (var x = x0; x < x1; x++)
            {
                sum += 255 - Pixels[(y * Width) + x];
            }
        }

        var count = (x1 - x0) * (y1 - y0);
        return count == 0 ? 0 : sum / (255.0 * count);
    }

    private static (int From, int To) Span(double start, double length, int size) =>
        (Math.Clamp((int)Math.Round(start * size), 0, size), Math.Clamp((int)Math.Round((start + length) * size), 0, size));
}
