using System.Security.Cryptography;
using PortretSite.Foundation.State;
using Xunit;

namespace PortretSite.Tests.Foundation;

/// <summary>File hashes remembered by size and time: a file whose size or time changed is read again, one whose size and time did not is not.</summary>
public sealed class FileHashesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portret-hashes-").FullName;

    private string Index => Path.Combine(_folder, "state", "hashes.json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Photo(string name, byte[] content, DateTime time)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        File.SetLastWriteTimeUtc(path, time);
        return path;
    }

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    [Fact]
    public void A_file_is_read_again_only_when_its_size_or_time_changed_also_in_a_later_build()
    {
        var time = new DateTime(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc);
        var photo = Photo("dijk.jpg", [1, 2, 3, 4], time);
        var first = new FileHashes(Index);
        Assert.Equal(Sha256([1, 2, 3, 4]), first.Of(photo));
        first.Save();

        // Same size, same time, other bytes: trusted as unchanged, as the no-change check trusts it.
        Photo("dijk.jpg", [9, 9, 9, 9], time);
        Assert.Equal(Sha256([1, 2, 3, 4]), new FileHashes(Index).Of(photo));

        Photo("dijk.jpg", [9, 9, 9, 9], time.AddSeconds(1));
        Assert.Equal(Sha256([9, 9, 9, 9]), new FileHashes(Index).Of(photo));

        Photo("dijk.jpg", [9, 9, 9, 9, 9], time);
        Assert.Equal(Sha256([9, 9, 9, 9, 9]), new FileHashes(Index).Of(photo));
    }

    [Fact]
    public void Saving_leaves_out_files_that_are_gone_and_files_no_longer_kept()
    {
        var time = DateTime.UtcNow;
        var hashes = new FileHashes(Index);
        var gone = Photo("weg.jpg", [1], time);
        var dropped = Photo("los.jpg", [2], time);
        var kept = Photo("blijft.jpg", [3], time);
        foreach (var path in new[] { gone, dropped, kept })
        {
            hashes.Of(path);
        }

        File.Delete(gone);
        hashes.KeepOnly(new HashSet<string> { gone, kept });
        hashes.Save();

        var index = File.ReadAllText(Index);
        Assert.Contains("blijft.jpg", index, StringComparison.Ordinal);
        Assert.DoesNotContain("weg.jpg", index, StringComparison.Ordinal);
        Assert.DoesNotContain("los.jpg", index, StringComparison.Ordinal);
    }
}
