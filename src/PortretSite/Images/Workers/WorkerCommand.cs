using System.Runtime.InteropServices;

namespace PortretSite.Images.Workers;

/// <summary>How to start an image worker: a program, its arguments, and variables added to its environment.</summary>
public sealed record WorkerCommand(string FileName, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>This program as a worker: its own executable when one is beside its assembly, else the dotnet host running the assembly.</summary>
    public static WorkerCommand ThisProgram(IReadOnlyDictionary<string, string>? environment = null)
    {
        var assembly = typeof(ImageWorkerHost).Assembly.Location;
        var executable = Path.ChangeExtension(assembly, OperatingSystem.IsWindows() ? ".exe" : null);
        return File.Exists(executable)
            ? new WorkerCommand(executable, [ImageWorkerHost.Command], environment ?? new Dictionary<string, string>())
            : new WorkerCommand(DotnetHost(), ["exec", assembly, ImageWorkerHost.Command], environment ?? new Dictionary<string, string>());
    }

    /// <summary>The host of the running runtime: three folders above <c>shared/Microsoft.NETCore.App/&lt;version&gt;</c>.</summary>
    private static string DotnetHost()
    {
        var host = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        return File.Exists(host) ? host : "dotnet";
    }
}
