namespace PortretSite.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
}
