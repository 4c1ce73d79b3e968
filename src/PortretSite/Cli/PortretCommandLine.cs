namespace PortretSite.Cli;

public static class PortretCommandLine
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(0);
}
