using PortretSite.Foundation.Diagnostics;
using Xunit;

namespace PortretSite.Tests.TestSupport;

public static class DiagnosticAssert
{
    /// <summary>Asserts there is an error at exactly <paramref name="path"/>:<paramref name="line"/> whose English text is <paramref name="message"/>.</summary>
    public static void HasError(IReadOnlyList<Diagnostic> diagnostics, string path, int? line, string message)
    {
        var match = diagnostics.Any(d => d.IsError && d.Path == path && d.Line == line && d.Message.English == message);
        Assert.True(match, $"expected error\n  {path}:{line}: {message}\nbut got:\n  {string.Join("\n  ", diagnostics)}");
    }

    public static void NoErrors(IReadOnlyList<Diagnostic> diagnostics) =>
        Assert.True(!diagnostics.Any(d => d.IsError), "expected no errors, got:\n  " + string.Join("\n  ", diagnostics.Where(d => d.IsError)));
}
