namespace SearchAbstracts.Tests;

/// <summary>A theory about Unix behaviour (error numbers in HResult, file modes): skipped on Windows, where it does not apply.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix error numbers";
        }
    }
}
