using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Cli;

/// <summary>The words of <c>portret status</c>, in English and Dutch.</summary>
internal static class StatusMessages
{
    public static readonly Message Portrait = new("portrait", "portret");
    public static readonly Message Status = new("status", "status");
    public static readonly Message Approved = new("approved", "goedgekeurd");
    public static readonly Message Changed = new("changed since approval", "gewijzigd sinds goedkeuring");
    public static readonly Message WithConsent = new("audiences with consent", "doelgroepen met toestemming");
    public static readonly Message WithoutConsent = new("without consent", "zonder toestemming");
    public static readonly Message Print = new("print", "drukken");
    public static readonly Message LastBuild = new("last build", "laatste build");

    public static readonly Message Yes = new("yes", "ja");
    public static readonly Message No = new("no", "nee");
    public static readonly Message NoFingerprint = new("no fingerprint: portret approve", "geen vingerafdruk: portret approve");
    public static readonly Message NotRecorded = new("not recorded", "niet vastgelegd");
    public static readonly Message Published = new("published", "gepubliceerd");
    public static readonly Message NotPublished = new("not published", "niet gepubliceerd");

    public static Message ApprovedBy(string by, string on) => new($"{by}, {on}", $"{by}, {on}");

    public static Message ChangedFiles(string files) => new($"yes: {files}", $"ja: {files}");

    public static Message LastBuildAt(string when) => new($"Last build: {when}", $"Laatste build: {when}");

    public static readonly Message NoBuildYet = new(
        "No build of this site yet: the last-build column is left out.",
        "Nog geen build van deze site: de kolom laatste build ontbreekt.");

    public static Message ContentErrors(int count) => new(
        $"{count} problems in the content: 'portret check' names them.",
        $"{count} problemen in de inhoud: 'portret check' noemt ze.");
}
