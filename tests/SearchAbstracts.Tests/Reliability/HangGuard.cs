namespace SearchAbstracts.Tests.Reliability;

/// <summary>
/// A hang detector, not a performance assertion: runs work on another thread and fails the test when it has not
/// finished within a generous cap (the work itself cannot be stopped and is left to finish in the background).
/// </summary>
internal static class HangGuard
{
    /// <summary>Far beyond what any case needs on a slow, shared CI machine; only a hang or a blow-up gets near it.</summary>
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="work"/> and returns its result, rethrowing its exception as is.</summary>
    /// <exception cref="TimeoutException">It did not finish within <see cref="Cap"/>.</exception>
    public static T Run<T>(Func<T> work, Func<string> describe)
    {
        var task = Task.Run(work);
        if (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(Cap))
        {
            throw new TimeoutException($"{describe()} did not finish within {Cap.TotalSeconds:0} s: a hang or an exponential blow-up");
        }
        return task.GetAwaiter().GetResult();
    }
}
