namespace PortretSite.Search;

/// <summary>A reading as one search result can name it: its portrait's slug (stable, so chunks of others do not change), its language and its parts.</summary>
public sealed record SearchDocument(string Id, string Language, IReadOnlyList<SearchablePart> Parts);
