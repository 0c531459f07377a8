namespace SearchAbstracts.Cli.Tests.Reliability;

/// <summary>A test that sends POSIX signals (SIGTERM, SIGINT, SIGSTOP) with kill(1): skipped on Windows.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs POSIX signals";
        }
    }
}
