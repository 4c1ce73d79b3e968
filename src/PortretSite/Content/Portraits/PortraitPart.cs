using PortretSite.Content.Schema;

namespace PortretSite.Content.Portraits;

/// <summary>A structured part of a portrait that <c>visibility:</c> can restrict: its key, and the portrait as it reads without it.</summary>
public sealed record PortraitPart(Key Key, Func<Portrait, Portrait> Without)
{
    public string Name => Key.Name;
}
