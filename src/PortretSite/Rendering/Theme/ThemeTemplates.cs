using System.Text.RegularExpressions;
using HandlebarsDotNet;
using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Rendering.Theme;

/// <summary>
/// The Handlebars templates of a theme (<c>templates/*.hbs</c>, partials in
/// <c>templates/partials/</c>), compiled once per build. A template that does not compile is an
/// error naming the template and, where Handlebars tells it, the line.
/// </summary>
public sealed partial class ThemeTemplates
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _templates;
    private readonly ThemeFiles _theme;

    private ThemeTemplates(ThemeFiles theme, Dictionary<string, HandlebarsTemplate<object, object>> templates)
    {
        _theme = theme;
        _templates = templates;
    }

    public static ThemeTemplates Compile(ThemeFiles theme, DiagnosticBag diagnostics)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        foreach (var path in theme.List("templates/partials").Where(p => p.EndsWith(".hbs", StringComparison.Ordinal)))
        {
            var source = theme.ReadText(path);
            if (TryCompile(theme, path, source, diagnostics, () => handlebars.Compile(new StringReader(source))) is { } partial)
            {
                handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(path), partial);
            }
        }

        var templates = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        foreach (var path in theme.List("templates").Where(p => p.EndsWith(".hbs", StringComparison.Ordinal) && !p.StartsWith("templates/partials/", StringComparison.Ordinal)))
        {
            var source = theme.ReadText(path);
            if (TryCompile(theme, path, source, diagnostics, () => handlebars.Compile(source)) is { } template)
            {
                templates[Path.GetFileNameWithoutExtension(path)] = template;
            }
        }

        return new ThemeTemplates(theme, templates);
    }

    /// <summary>Renders a template; a failure while rendering is reported against the template, and yields null.</summary>
    public string? Render(string name, object model, DiagnosticBag diagnostics)
    {
        var path = $"templates/{name}.hbs";
        if (!_templates.TryGetValue(name, out var template))
        {
            diagnostics.Error(_theme.Display(path), null, RenderingMessages.TemplateMissing(name));
            return null;
        }

        try
        {
            return template(model);
        }
        catch (HandlebarsException ex)
        {
            diagnostics.Error(_theme.Display(path), null, RenderingMessages.TemplateError(FirstLine(ex.Message)));
            return null;
        }
    }

    /// <summary>Compiles once: a partial is registered as compiled, so rendering never compiles it again.</summary>
    private static T? TryCompile<T>(ThemeFiles theme, string path, string source, DiagnosticBag diagnostics, Func<T> compile)
        where T : class
    {
        try
        {
            return compile();
        }
        catch (HandlebarsException ex)
        {
            diagnostics.Error(theme.Display(path), LineOf(ex.Message, source), RenderingMessages.TemplateError(FirstLine(ex.Message)));
            return null;
        }
    }

    /// <summary>Handlebars.Net names the position of parse errors ("Occured at: 3:0") but not of unbalanced blocks; then find the culprit in the source.</summary>
    private static int? LineOf(string message, string source)
    {
        var position = Position().Match(message);
        if (position.Success)
        {
            return int.Parse(position.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        var quoted = Quoted().Match(message);
        if (quoted.Success)
        {
            var at = source.IndexOf("{{" + quoted.Groups[1].Value, StringComparison.Ordinal);
            if (at >= 0)
            {
                return source[..at].Count(c => c == '\n') + 1;
            }
        }

        return null;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex(@"Occured at: ?(\d+):(\d+)")]
    private static partial Regex Position();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex Quoted();
}
