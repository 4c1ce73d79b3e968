using PortretSite.Foundation;
namespace PortretSite.Foundation.State;

/// <summary>
/// Named moments of a build where the crash tests stop it, to kill it there on purpose
/// (<c>PORTRET_TEST_HALT_AT=images|print|swap</c>). Unset, as it always is outside those tests,
/// a checkpoint does nothing.
/// </summary>
public static class BuildCheckpoint
{
    public const string EnvironmentVariable = "PORTRET_TEST_HALT_AT";

    private static readonly string? HaltAt = Environment.GetEnvironmentVariable(EnvironmentVariable);

    public static void Reach(string name, string root)
    {
        if (HaltAt != name)
        {
            return;
        }

        File.WriteAllText(new SiteLayout(root).HaltMarker(name), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Thread.Sleep(Timeout.Infinite);
    }
}
