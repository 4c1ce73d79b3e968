using PortretSite.Foundation.Diagnostics;

namespace PortretSite.Content.Portraits;

/// <summary>What an editor hears about the parts of a portrait only some of its audiences may read.</summary>
public static class VisibilityMessages
{
    public static Message EmptyList(string key) => new(
        $"{key}: the list of audiences is empty; name who may read it, or leave the part out of the portrait",
        $"{key}: de lijst van doelgroepen is leeg; noem wie het mag lezen, of laat het onderdeel weg uit het portret");

    public static Message NotAnAudienceOfThePortrait(string key, string audience, IReadOnlyList<string> audiences) => new(
        $"{key}: '{audience}' does not read this portrait; its audiences are: {Listed(audiences)}",
        $"{key}: '{audience}' leest dit portret niet; de doelgroepen ervan zijn: {Listed(audiences)}");

    public static Message ObservationsForEveryone(IReadOnlyList<string> audiences) => new(
        $"observations are read by every audience of this portrait ({Listed(audiences)}); decide who may read them (visibility: {{ observations: [audience-id, …] }}), or write the full list to keep them for everyone",
        $"de observaties worden gelezen door elke doelgroep van dit portret ({Listed(audiences)}); beslis wie ze mag lezen (visibility: {{ observations: [doelgroep-id, …] }}), of schrijf de volledige lijst om ze voor iedereen te houden");

    private static string Listed(IReadOnlyList<string> audiences) => audiences.Count == 0 ? "—" : string.Join(", ", audiences);
}
