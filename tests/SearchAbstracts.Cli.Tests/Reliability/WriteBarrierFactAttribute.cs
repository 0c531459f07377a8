namespace SearchAbstracts.Cli.Tests.Reliability;

/// <summary>A test that needs a folder the CLI cannot write (see <see cref="WriteBarrier"/>): skipped, with the reason, where there is no way to make one.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WriteBarrierFactAttribute : FactAttribute
{
    public WriteBarrierFactAttribute(WriteBarrierKind kind)
    {
        Skip = WriteBarrier.Of(kind).Unavailable;
    }
}
