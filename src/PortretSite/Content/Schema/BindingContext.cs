using PortretSite.Content.Portraits;

namespace PortretSite.Content.Schema;

/// <summary>What reading a front-matter value needs: typed YAML reads that report at the right line, and the portrait folder for photo references.</summary>
public sealed record BindingContext(YamlFields Fields, PortraitFolder Folder);
