using System.Collections.Concurrent;

namespace PortretSite.Foundation;

/// <summary>
/// Tables that every core adds to at once: a large site adds tens of thousands of entries in a burst. Many locks, so two
/// cores seldom wait for the same one (the default is one per core, and a waiting core spins), and room to start with.
/// </summary>
public static class SharedTables
{
    private const int Locks = 64;
    private const int Room = 1024;

    public static ConcurrentDictionary<string, T> Create<T>() => new(Locks, Room, StringComparer.Ordinal);

    public static ConcurrentDictionary<string, T> Of<T>(IEnumerable<KeyValuePair<string, T>> entries) => new(Locks, entries, StringComparer.Ordinal);
}
