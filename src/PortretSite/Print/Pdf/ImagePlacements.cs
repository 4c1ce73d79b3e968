using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;

namespace PortretSite.Print.Pdf;

/// <summary>
/// Finds where images are drawn by following the current transformation matrix through a
/// page's content stream (<c>q</c>, <c>Q</c>, <c>cm</c>) to every <c>Do</c>, into form XObjects
/// too: an image fills the unit square of the matrix in force, which gives its printed size.
/// </summary>
internal static class ImagePlacements
{
    private const int MaxFormDepth = 8;

    public static IReadOnlyList<PdfImagePlacement> Read(PdfPage page, int number)
    {
        var placements = new List<PdfImagePlacement>();
        Walk(ContentReader.ReadContent(page), page.Elements.GetDictionary("/Resources"), Matrix.Identity, number, placements, depth: 0);
        return placements;
    }

    private static void Walk(CSequence content, PdfDictionary? resources, Matrix start, int page, List<PdfImagePlacement> placements, int depth)
    {
        var ctm = start;
        var saved = new Stack<Matrix>();
        foreach (var op in content.OfType<COperator>())
        {
            switch (op.OpCode.OpCodeName)
            {
                case OpCodeName.q:
                    saved.Push(ctm);
                    break;
                case OpCodeName.Q when saved.Count > 0:
                    ctm = saved.Pop();
                    break;
                case OpCodeName.cm when op.Operands.Count == 6:
                    ctm = Matrix.From(op.Operands).Then(ctm);
                    break;
                case OpCodeName.Do when op.Operands.Count == 1 && op.Operands[0] is CName name:
                    Draw(XObject(resources, name.Name), resources, ctm, page, placements, depth);
                    break;
            }
        }
    }

    private static void Draw(PdfDictionary? xobject, PdfDictionary? resources, Matrix ctm, int page, List<PdfImagePlacement> placements, int depth)
    {
        switch (xobject?.Elements.GetName("/Subtype"))
        {
            case "/Image":
                placements.Add(new PdfImagePlacement(page, xobject.Elements.GetInteger("/Width"), xobject.Elements.GetInteger("/Height"), ctm.UnitWidth, ctm.UnitHeight));
                break;
            case "/Form" when depth < MaxFormDepth && xobject.Stream is not null:
                var matrix = xobject.Elements.GetArray("/Matrix") is { Elements.Count: 6 } m ? Matrix.From(m) : Matrix.Identity;
                Walk(ContentReader.ReadContent(xobject.Stream.UnfilteredValue), xobject.Elements.GetDictionary("/Resources") ?? resources, matrix.Then(ctm), page, placements, depth + 1);
                break;
        }
    }

    private static PdfDictionary? XObject(PdfDictionary? resources, string name) =>
        PdfFiles.Resolve(resources?.Elements.GetDictionary("/XObject")?.Elements[name]) as PdfDictionary;

    /// <summary>A PDF transformation [a b c d e f]; points are row vectors, so <c>m.Then(n)</c> applies m first.</summary>
    private readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
    {
        public static readonly Matrix Identity = new(1, 0, 0, 1, 0, 0);

        public double UnitWidth => Math.Sqrt((A * A) + (B * B));

        public double UnitHeight => Math.Sqrt((C * C) + (D * D));

        public static Matrix From(CSequence operands) => FromNumbers([.. operands.Select(Number)]);

        public static Matrix From(PdfArray array) => FromNumbers([.. array.Elements.Select(item => PdfFiles.Resolve(item) switch
        {
            PdfInteger i => i.Value,
            PdfReal r => r.Value,
            _ => 0,
        })]);

        public Matrix Then(Matrix next) => new(
            (A * next.A) + (B * next.C),
            (A * next.B) + (B * next.D),
            (C * next.A) + (D * next.C),
            (C * next.B) + (D * next.D),
            (E * next.A) + (F * next.C) + next.E,
            (E * next.B) + (F * next.D) + next.F);

        private static Matrix FromNumbers(double[] n) => new(n[0], n[1], n[2], n[3], n[4], n[5]);

        private static double Number(CObject value) => value switch
        {
            CInteger i => i.Value,
            CReal r => r.Value,
            _ => 0,
        };
    }
}
