using System.Text;
using PortretSite.Content.Portraits;
using PortretSite.Content.Settings;
using PortretSite.Foundation;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Content.Recognition;

/// <summary>An approval written into a portrait's index.md.</summary>
public sealed record ApprovalWritten(string IndexDisplay, ContentFingerprint Fingerprint);

/// <summary>
/// <c>portret approve</c>: fingerprints the portrait as it is, writes the approval into its index.md
/// (<see cref="ApprovalLines"/>) and reads it back; when the file would not read as an approved portrait
/// that matches its fingerprint, it is left as it was.
/// </summary>
public static class Approver
{
    public static ApprovalWritten? Approve(string root, string slug, string by, DateOnly on, DiagnosticBag diagnostics)
    {
        var settings = SettingsLoader.Load(root, diagnostics);
        if (settings is null)
        {
            return null;
        }

        var layout = new SiteLayout(root);
        var folder = Path.Combine(layout.Portraits, slug);
        if (!Slugs.IsValid(slug) || !Directory.Exists(folder))
        {
            diagnostics.Error(SiteLayout.PortraitsFolderName, null, RecognitionMessages.NoSuchPortrait(slug));
            return null;
        }

        var relative = SiteLayout.PortraitFolder(slug);
        var display = $"{relative}/{PortraitLoader.IndexFile}";
        var loading = new DiagnosticBag();
        var portrait = new PortraitLoader(settings, fingerprintAll: true).Load(folder, relative, loading);
        // What is wrong with the approval itself is what approving puts right.
        var problems = loading.ToList().Where(d => d.IsError && !IsAboutTheApproval(d)).ToList();
        if (portrait?.Fingerprint is not { } fingerprint || problems.Count > 0)
        {
            diagnostics.AddRange(problems);
            diagnostics.Error(display, null, RecognitionMessages.FixFirst);
            return null;
        }

        var path = Path.Combine(folder, PortraitLoader.IndexFile);
        var original = File.ReadAllBytes(path);
        var withBom = original.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var text = new UTF8Encoding(false).GetString(original.AsSpan(withBom ? 3 : 0));
        if (ApprovalLines.Write(text, new ApprovalToWrite(by, on, fingerprint)) is not { } written)
        {
            diagnostics.Error(display, 1, RecognitionMessages.NoFrontMatter);
            return null;
        }

        WriteWhole(path, (withBom ? Encoding.UTF8.Preamble.ToArray() : []).Concat(new UTF8Encoding(false).GetBytes(written)).ToArray());
        var readBack = new DiagnosticBag();
        var approved = new PortraitLoader(settings).Load(folder, relative, readBack);
        if (readBack.HasErrors || approved?.Approved?.Fingerprint is not { } kept || !kept.SameAs(fingerprint) || approved.Status != PortraitStatus.Approved)
        {
            WriteWhole(path, original);
            diagnostics.AddRange(readBack.ToList().Where(d => d.IsError));
            diagnostics.Error(display, null, RecognitionMessages.NotKept);
            return null;
        }

        return new ApprovalWritten(display, fingerprint);
    }

    private static bool IsAboutTheApproval(Diagnostic diagnostic) =>
        diagnostic.Message == ContentMessages.ApprovedNeedsApproval || diagnostic.Message.English.StartsWith(PortraitSchema.Approved.Name + ".", StringComparison.Ordinal);

    /// <summary>Beside the file first, then renamed over it: an editor never finds half an index.md.</summary>
    private static void WriteWhole(string path, byte[] bytes)
    {
        var next = path + SiteLayout.HalfWrittenSuffix;
        File.WriteAllBytes(next, bytes);
        File.Move(next, path, overwrite: true);
    }
}
