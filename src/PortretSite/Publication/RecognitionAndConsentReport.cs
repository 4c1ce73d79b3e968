using PortretSite.Content.Portraits;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Publication;

/// <summary>What a build and a check say about an approved portrait's approval and consent, each at the line it is about.</summary>
internal static class RecognitionAndConsentReport
{
    public static void Report(Portrait portrait, ApprovalCheck approval, ConsentDecision consent, DiagnosticBag diagnostics)
    {
        var file = $"{portrait.RelativeFolder}/{PortraitLoader.IndexFile}";
        if (portrait.Approved is { } approved)
        {
            var on = approved.On.ToString();
            switch (approval.State)
            {
                case ApprovalState.ChangedSinceApproval:
                    diagnostics.Warning(file, approved.Line, PublicationMessages.ChangedSinceApproval(portrait.Slug, approved.By, on, approval.ChangedFiles));
                    break;
                case ApprovalState.WithoutFingerprint:
                    diagnostics.Warning(file, approved.Line, PublicationMessages.ApprovedWithoutFingerprint(portrait.Slug, approved.By, on));
                    break;
            }
        }

        if (!consent.Recorded)
        {
            return;
        }

        var day = ConsentRules.AgeDay(portrait, DateOnly.FromDateTime(DateTime.Today)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var gap in consent.Missing)
        {
            diagnostics.Error(file, portrait.AudiencesLine, PublicationMessages.NoConsent(gap.Audience, PublicationMessages.Who(gap.Need, day)));
        }

        if (!consent.Print)
        {
            var need = consent.Needs.First(n => !(portrait.Consent ?? []).Any(c => c.Print && ConsentRules.Meets(c, n)));
            diagnostics.Warning(file, portrait.Consent is [var first, ..] ? first.Line : portrait.AudiencesLine, PublicationMessages.NoPrintConsent(PublicationMessages.Who(need, day)));
        }
    }
}
