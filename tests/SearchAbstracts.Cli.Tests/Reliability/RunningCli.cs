using System.Diagnostics;

namespace SearchAbstracts.Cli.Tests.Reliability;

/// <summary>
/// The published binary started in the background (NO_COLOR=1, output captured), to be signalled, frozen, killed
/// or waited for. Disposing kills it if it is still running, so a failed test leaves no process behind.
/// </summary>
internal sealed class RunningCli : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _out;
    private readonly Task<string> _error;
    private readonly Stopwatch _clock;

    private RunningCli(Process process, string commandLine)
    {
        _process = process;
        CommandLine = commandLine;
        _clock = Stopwatch.StartNew();
        _process.StandardInput.Close();
        _out = _process.StandardOutput.ReadToEndAsync();
        _error = _process.StandardError.ReadToEndAsync();
    }

    public string CommandLine { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Time since the process was started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    public static RunningCli Start(PublishedCliFixture cli, string workingDirectory, params string[] args)
    {
        var start = ProcessRunner.StartInfo(cli.Executable, args, workingDirectory, new() { ["NO_COLOR"] = "1" });
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {cli.Executable}");
        return new RunningCli(process, $"search-abstracts {string.Join(' ', args)}");
    }

    /// <summary>SIGKILL: the process gets no chance to commit, roll back or release anything itself.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill();
        }
        catch (InvalidOperationException)
        {
            // It ended by itself in the meantime.
        }
    }

    /// <summary>Sends a signal by name (TERM, INT, STOP, CONT) with kill(1), as a user or a service manager would.</summary>
    public void Signal(string name)
    {
        var sent = ProcessRunner.Run("kill", ["-s", name, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            Path.GetTempPath(), TimeSpan.FromSeconds(30));
        Assert.True(sent.ExitCode == 0 || HasExited, $"could not send SIG{name}: {sent}");
        if (name == "STOP")
        {
            WaitUntilStopped();
        }
    }

    /// <summary>
    /// kill(1) returns before every thread has stopped: a thread in the middle of a write finishes it first. Waits
    /// until each thread of the process is stopped (state T in /proc), so that nothing in the index folder moves after
    /// this returns; on a system without /proc, waits a moment instead.
    /// </summary>
    private void WaitUntilStopped()
    {
        var tasks = $"/proc/{Id}/task";
        if (!Directory.Exists(tasks))
        {
            Thread.Sleep(500);
            return;
        }
        var clock = Stopwatch.StartNew();
        while (!HasExited && !AllThreadsStopped(tasks))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"`{CommandLine}` did not stop within 30 s of SIGSTOP");
            Thread.Sleep(10);
        }
    }

    private static bool AllThreadsStopped(string tasks)
    {
        try
        {
            foreach (var task in Directory.EnumerateDirectories(tasks))
            {
                // /proc/PID/task/TID/stat: "TID (name) S ...": the state follows the last ')'.
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var state = stat[(stat.LastIndexOf(')') + 2)..].TrimStart()[0];
                if (state is not ('T' or 't'))
                {
                    return false;
                }
            }
            return true;
        }
        catch (IOException)
        {
            // A thread ended while being read: look again.
            return false;
        }
    }

    /// <summary>Waits for the exit (killing the process and failing when it takes longer than <paramref name="timeout"/>).</summary>
    public CliResult WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            Kill();
            _process.WaitForExit();
            Assert.Fail($"`{CommandLine}` did not end within {timeout}; stderr so far:\n{Partial(_error)}");
        }
        _process.WaitForExit();
        return new CliResult(_process.ExitCode, _out.GetAwaiter().GetResult(), _error.GetAwaiter().GetResult());
    }

    /// <summary>
    /// Polls until <paramref name="condition"/> holds (true) or the process ends first (false); fails after
    /// <paramref name="timeout"/>.
    /// </summary>
    public bool WaitUntil(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (_process.HasExited)
            {
                return condition();
            }
            if (deadline.Elapsed > timeout)
            {
                Assert.Fail($"`{CommandLine}`: no {what} within {timeout}; stderr so far:\n{Partial(_error)}");
            }
            Thread.Sleep(10);
        }
        return true;
    }

    /// <summary>Like <see cref="WaitUntil"/>, but the process ending first is a failure too.</summary>
    public void WaitWhileRunningUntil(Func<bool> condition, TimeSpan timeout, string what)
    {
        if (!WaitUntil(condition, timeout, what))
        {
            Assert.Fail($"`{CommandLine}` ended before its {what}: {WaitForExit(timeout)}");
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            // SIGKILL also ends a process frozen with SIGSTOP.
            Kill();
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }

    private static string Partial(Task<string> text) => text.IsCompletedSuccessfully ? text.Result : "(still open)";
}
