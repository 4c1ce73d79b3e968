namespace PortretSite.Foundation.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>One content problem, located in a file (path relative to the site root) and, where there is one, a line.</summary>
public sealed record Diagnostic(Severity Severity, string Path, int? Line, Message Message)
{
    public static Diagnostic Error(string path, int? line, Message message) => new(Severity.Error, path, line, message);

    public static Diagnostic Warning(string path, int? line, Message message) => new(Severity.Warning, path, line, message);

    /// <summary>What a library said about the problem, for <c>--verbose</c>; never instead of the message.</summary>
    public string? Detail { get; init; }

    public bool IsError => Severity == Severity.Error;

    public string Format(UiLanguage language)
    {
        var location = Line is { } line ? $"{Path}:{line}" : Path;
        var prefix = Severity == Severity.Warning ? (language == UiLanguage.Dutch ? "waarschuwing: " : "warning: ") : "";
        return $"{location}: {prefix}{Message.In(language)}";
    }

    public override string ToString() => Format(UiLanguage.English);
}
