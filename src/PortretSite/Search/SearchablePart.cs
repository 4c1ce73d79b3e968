namespace PortretSite.Search;

/// <summary>
/// One part of a reading as search sees it: its text, and what to call it in a result — a label of the theme
/// (<paramref name="LabelKey"/>) or a chapter's own heading (<paramref name="Heading"/>).
/// </summary>
public sealed record SearchablePart(string? LabelKey, string? Heading, string Text);
