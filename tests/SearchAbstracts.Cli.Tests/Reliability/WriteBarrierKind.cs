namespace SearchAbstracts.Cli.Tests.Reliability;

/// <summary>How <see cref="WriteBarrier"/> keeps the CLI from writing a folder.</summary>
public enum WriteBarrierKind
{
    /// <summary>No write permission (EACCES): mode 555, and no CAP_DAC_OVERRIDE when running as root.</summary>
    PermissionDenied,

    /// <summary>A read-only file system (EROFS): a read-only bind mount in a private mount namespace.</summary>
    ReadOnlyMount,
}
