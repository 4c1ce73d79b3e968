using PortretSite.Foundation;
using PortretSite.Foundation.State;

namespace PortretSite.Site.Protection;

/// <summary>
/// What earlier builds of a protected site sealed: the ciphertext cache, and the records of readings, media and lists
/// that point into it. Read in the background while the content is read (a large site has tens of thousands of
/// entries); what this build did not use is forgotten once it succeeded.
/// </summary>
public sealed class SealedRecords
{
    public SealedRecords(string root)
    {
        var layout = new SiteLayout(root);
        var shared = SourceStamp.OfSite(root).Hash();
        Ciphertext = new CiphertextCache(layout.CiphertextCache);
        Readings = new SealedReadings(layout.SealedReadingsFile, shared);
        Media = new SealedMedia(layout.SealedMediaFile, shared);
        Lists = new SealedLists(layout.SealedListsFile, shared);
    }

    public CiphertextCache Ciphertext { get; }

    public SealedReadings Readings { get; }

    public SealedMedia Media { get; }

    public SealedLists Lists { get; }

    /// <summary>Lists the cache and reads the records in the background; a failure shows where they are first used.</summary>
    public void Prepare()
    {
        Ciphertext.Prepare();
        Readings.Prepare();
        Media.Prepare();
        Lists.Prepare();
    }

    /// <summary>Removes the cached ciphertext this build did not use, and keeps only the records it sealed or reused.</summary>
    public void ForgetUnused()
    {
        Ciphertext.Prune();
        Readings.Save();
        Media.Save();
        Lists.Save();
    }
}
