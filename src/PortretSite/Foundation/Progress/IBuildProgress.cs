namespace PortretSite.Foundation.Progress;

/// <summary>How a build tells the person running it what it is doing.</summary>
public interface IBuildProgress
{
    /// <summary>A note worth a line of its own (waiting for another build, a secret created).</summary>
    void Note(string text);

    /// <summary>Starts a long step with a known amount of work (photos, booklets).</summary>
    IStepProgress Begin(string name, int total);
}

public interface IStepProgress : IDisposable
{
    void Advance();
}

/// <summary>Progress that goes nowhere: tests and nested builds.</summary>
public sealed class SilentProgress : IBuildProgress, IStepProgress
{
    public static readonly SilentProgress Instance = new();

    public void Note(string text)
    {
    }

    public IStepProgress Begin(string name, int total) => this;

    public void Advance()
    {
    }

    public void Dispose()
    {
    }
}
