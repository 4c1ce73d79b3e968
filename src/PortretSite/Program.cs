using PortretSite.Cli;

return await PortretCommandLine.RunAsync(args);
