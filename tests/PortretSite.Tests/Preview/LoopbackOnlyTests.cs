using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PortretSite.Preview;
using PortretSite.Tests.TestSupport;
using Xunit;

namespace PortretSite.Tests.Preview;

/// <summary>
/// Proves the preview never answers on a non-loopback address: a separate network namespace
/// (a second host on this machine) reaches an ordinary listener on the host's address, but not
/// the preview server on the same address.
/// </summary>
public sealed class LoopbackOnlyTests
{
    [SkippableFact]
    public async Task Another_host_cannot_reach_the_preview_but_can_reach_an_open_listener()
    {
        Skip.IfNot(Environment.UserName == "root" && (File.Exists("/usr/sbin/ip") || File.Exists("/sbin/ip") || File.Exists("/usr/bin/ip")),
            "needs root and iproute2 to make a second host in a network namespace");
        using var site = new TempSite().WithPortrait("maria", TempSite.Approved("Maria"));
        await using var session = new PreviewSession(site.Root, TextWriter.Null, TextWriter.Null);
        var preview = await session.StartAsync(0, CancellationToken.None);
        using var open = new TcpListener(IPAddress.Any, 0);
        open.Start();
        var openPort = ((IPEndPoint)open.LocalEndpoint).Port;

        await using var host = await NamespaceHost.CreateAsync();

        Assert.True(await host.CanConnectAsync(host.HostAddress, openPort), "control: the second host must reach a listener on all addresses");
        Assert.False(await host.CanConnectAsync(host.HostAddress, preview.Port), "the preview answered on a non-loopback address");
    }

    /// <summary>A network namespace joined to this machine by a veth pair on a private /30.</summary>
    private sealed class NamespaceHost : IAsyncDisposable
    {
        private readonly string _name;
        private readonly string _hostLink;

        private NamespaceHost(string name, string hostLink, string hostAddress)
        {
            _name = name;
            _hostLink = hostLink;
            HostAddress = hostAddress;
        }

        public string HostAddress { get; }

        public static async Task<NamespaceHost> CreateAsync()
        {
            var id = Random.Shared.Next(1, 250);
            var name = $"portret-test-{Environment.ProcessId}-{id}";
            var hostLink = $"pth{id}x{Environment.ProcessId % 1000}";
            var subnet = $"10.231.{id}";
            var host = new NamespaceHost(name, hostLink, $"{subnet}.1");
            await Ip($"netns add {name}");
            await Ip($"link add {hostLink} type veth peer name {hostLink}n");
            await Ip($"link set {hostLink}n netns {name}");
            await Ip($"addr add {subnet}.1/30 dev {hostLink}");
            await Ip($"link set {hostLink} up");
            await Ip($"netns exec {name} ip addr add {subnet}.2/30 dev {hostLink}n");
            await Ip($"netns exec {name} ip link set {hostLink}n up");
            return host;
        }

        public async Task<bool> CanConnectAsync(string address, int port)
        {
            var (code, _) = await Run("ip", $"netns exec {_name} timeout 3 bash -c \"exec 3<>/dev/tcp/{address}/{port}\"");
            return code == 0;
        }

        public async ValueTask DisposeAsync()
        {
            await Run("ip", $"link del {_hostLink}");
            await Run("ip", $"netns del {_name}");
        }

        private static async Task Ip(string arguments)
        {
            var (code, error) = await Run("ip", arguments);
            if (code != 0)
            {
                throw new InvalidOperationException($"ip {arguments}: {error}");
            }
        }

        private static async Task<(int Code, string Error)> Run(string file, string arguments)
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, error);
        }
    }
}
