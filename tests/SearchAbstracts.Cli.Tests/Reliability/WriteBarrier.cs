using System.Runtime.Versioning;

namespace SearchAbstracts.Cli.Tests.Reliability;

/// <summary>
/// Runs the published CLI so that writing into one folder really fails, the way it fails for a user without write
/// permission (EACCES) or on a read-only file system (EROFS). The tests run as root, and root ignores permission bits,
/// so <c>chmod</c> alone proves nothing:
/// <list type="bullet">
/// <item><see cref="PermissionDenied"/>: the folder is made read-only (mode 555, its files 444) and, when running as root,
/// the CLI is started by <c>setpriv</c> without CAP_DAC_OVERRIDE. It stays root, owner of its files, so all else works as
/// before; as another user, the mode alone does it.</item>
/// <item><see cref="ReadOnlyMount"/>: the CLI runs in a private mount namespace (<c>unshare --mount</c>) where the folder is
/// bind-mounted read-only. Needs CAP_SYS_ADMIN; the mount exists only inside that namespace and ends with the process.</item>
/// </list>
/// Each is probed once with the shell: when it does not stop a write on this machine, <see cref="Unavailable"/> says why,
/// and the tests that need it are skipped with that reason rather than pass without testing anything.
/// </summary>
internal sealed class WriteBarrier
{
    private const string Shell = "/bin/sh";

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(30);

    private static readonly Lazy<WriteBarrier> Permissions = new(() => new WriteBarrier(WriteBarrierKind.PermissionDenied));
    private static readonly Lazy<WriteBarrier> Mount = new(() => new WriteBarrier(WriteBarrierKind.ReadOnlyMount));

    private readonly WriteBarrierKind _kind;

    private WriteBarrier(WriteBarrierKind kind)
    {
        _kind = kind;
        Unavailable = Probe();
    }

    public static WriteBarrier PermissionDenied => Permissions.Value;

    public static WriteBarrier ReadOnlyMount => Mount.Value;

    /// <summary>Why this barrier cannot be used here (the skip reason), or null when it stops writes.</summary>
    public string? Unavailable { get; }

    /// <summary>The reason the CLI gives for the refused write.</summary>
    public string Reason => _kind == WriteBarrierKind.PermissionDenied ? "permission denied" : "read-only file system";

    public static WriteBarrier Of(WriteBarrierKind kind) => kind == WriteBarrierKind.PermissionDenied ? PermissionDenied : ReadOnlyMount;

    /// <summary>Runs the published CLI with <paramref name="folder"/> (and what is in it) closed to writes for that run only.</summary>
    public CliResult Run(PublishedCliFixture cli, string workingDirectory, string folder, params string[] args)
    {
        var result = Execute(cli.Executable, args, workingDirectory, folder, TimeSpan.FromMinutes(1));
        return new CliResult(result.ExitCode, result.Out, result.Error);
    }

    private ProcessResult Execute(string program, IReadOnlyList<string> args, string workingDirectory, string folder, TimeSpan timeout)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("file modes, setpriv and unshare are Unix tools");
        }
        var env = new Dictionary<string, string> { ["NO_COLOR"] = "1" };
        if (_kind == WriteBarrierKind.ReadOnlyMount)
        {
            // The bind mount makes the folder a mount point of its own, which can then be remounted read-only.
            const string script = "mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && shift && exec \"$@\"";
            return ProcessRunner.Run("unshare", ["--mount", "--propagation", "private", "--", Shell, "-c", script, "sh", folder, program, .. args],
                workingDirectory, timeout, env);
        }
        var modes = CloseForWriting(folder);
        try
        {
            return Environment.IsPrivilegedProcess
                ? ProcessRunner.Run("setpriv", ["--inh-caps=-all", "--bounding-set=-dac_override", "--", program, .. args], workingDirectory, timeout, env)
                : ProcessRunner.Run(program, args, workingDirectory, timeout, env);
        }
        finally
        {
            foreach (var (path, mode) in modes)
            {
                File.SetUnixFileMode(path, mode);
            }
        }
    }

    /// <summary>Mode 555 on the folder and its subfolders, 444 on its files; returns the old modes, restored after the run.</summary>
    [UnsupportedOSPlatform("windows")]
    private static List<(string Path, UnixFileMode Mode)> CloseForWriting(string folder)
    {
        const UnixFileMode read = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        const UnixFileMode search = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var entries = Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Prepend(folder).ToList();
        var modes = entries.Select(path => (path, File.GetUnixFileMode(path))).ToList();
        foreach (var path in entries)
        {
            File.SetUnixFileMode(path, Directory.Exists(path) ? read | search : read);
        }
        return modes;
    }

    /// <summary>Null when a shell run through this barrier cannot create a file in the folder, but runs otherwise.</summary>
    private string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "needs Linux (setpriv, unshare, file modes)";
        }
        var folder = Path.Combine(Path.GetTempPath(), "sa-write-barrier-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var runs = Execute(Shell, ["-c", "exit 0"], Path.GetTempPath(), folder, ProbeTimeout);
            if (runs.ExitCode != 0)
            {
                return $"{_kind} is not available here: {Describe(runs)}";
            }
            // By absolute path, as the tests name their folders: a process whose working directory is the folder itself keeps
            // the directory it had before the bind mount covered it, so a relative write would go through.
            var write = Execute(Shell, ["-c", "echo probe > \"$1/probe-file\"", "sh", folder], Path.GetTempPath(), folder, ProbeTimeout);
            return write.ExitCode != 0 && !File.Exists(Path.Combine(folder, "probe-file"))
                ? null
                : $"{_kind} does not stop writes here (running as {Environment.UserName}): the probe wrote a file";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or UnauthorizedAccessException)
        {
            return $"{_kind} is not available here: {e.Message}";
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string Describe(ProcessResult result) =>
        $"`{result.CommandLine}` exited {result.ExitCode}: {string.Join(' ', result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Trim()}";
}
