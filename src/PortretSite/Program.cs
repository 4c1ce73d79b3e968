using PortretSite.Cli;
using PortretSite.Images.Workers;

return args is [ImageWorkerHost.Command] ? ImageWorkerHost.Run() : await PortretCommandLine.RunAsync(args);
