using System.Runtime.InteropServices;

namespace SearchAbstracts.Cli;

/// <summary>
/// Turns the first Ctrl+C (SIGINT) or SIGTERM into a cancellation request, so that a long <c>index</c> run stops
/// at the next record and commits what it wrote, instead of dying mid-batch. A second Ctrl+C ends the process
/// at once (the index still holds its last commit).
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public StopSignals()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle);
    }

    public CancellationToken Token => _stop.Token;

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _stop.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        if (_stop.IsCancellationRequested)
        {
            return; // the second signal: let the default action end the process
        }
        context.Cancel = true;
        _stop.Cancel();
    }
}
