using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Rendering;

/// <summary>Messages about the theme and rendering, in English and Dutch.</summary>
public static class RenderingMessages
{
    public static Message LabelsMissing(string language) => new(
        $"no labels for language '{language}'; add this file to the theme",
        $"geen labels voor taal '{language}'; voeg dit bestand toe aan het thema");

    public static Message LabelsInvalid(string detail) => new(
        $"the labels are not valid JSON: {detail}",
        $"de labels zijn geen geldige JSON: {detail}");

    public static Message TemplateError(string detail) => new(
        $"template error: {detail}",
        $"fout in sjabloon: {detail}");

    public static Message TemplateMissing(string name) => new(
        $"the theme has no template '{name}'",
        $"het thema heeft geen sjabloon '{name}'");
}
