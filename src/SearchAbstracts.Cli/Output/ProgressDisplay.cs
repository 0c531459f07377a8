using System.Globalization;
using SearchAbstracts.Indexing;

namespace SearchAbstracts.Cli.Output;

/// <summary>
/// Indexing progress on stderr, once a run has taken more than a second: a bar redrawn in place on a terminal
/// (records/s, bytes read, ETA), or a plain line every few seconds when stderr is a file or a pipe.
/// </summary>
internal sealed class ProgressDisplay(TextWriter error, bool terminal) : IProgress<IndexProgress>
{
    private static readonly TimeSpan QuietStart = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);
    private const int BarWidth = 24;

    private TimeSpan _lastPlain = TimeSpan.Zero;
    private int _drawnWidth;

    public void Report(IndexProgress value)
    {
        if (value.Elapsed < QuietStart)
        {
            return;
        }
        if (terminal)
        {
            var line = Bar(value);
            error.Write('\r' + line.PadRight(_drawnWidth));
            _drawnWidth = line.Length;
            error.Flush();
        }
        else if (value.Elapsed - _lastPlain >= PlainInterval)
        {
            _lastPlain = value.Elapsed;
            error.WriteLine("indexing: " + Summary(value));
        }
    }

    /// <summary>Clears the bar so the summary line starts at the left margin.</summary>
    public void Finish()
    {
        if (terminal && _drawnWidth > 0)
        {
            error.Write('\r' + new string(' ', _drawnWidth) + '\r');
            error.Flush();
            _drawnWidth = 0;
        }
    }

    internal static string Bar(IndexProgress value)
    {
        var share = value.TotalBytes > 0 ? Math.Clamp((double)value.BytesRead / value.TotalBytes, 0, 1) : 0;
        var filled = (int)Math.Round(share * BarWidth);
        return $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {Summary(value)}";
    }

    internal static string Summary(IndexProgress value)
    {
        var c = CultureInfo.InvariantCulture;
        var share = value.TotalBytes > 0 ? Math.Clamp(100.0 * value.BytesRead / value.TotalBytes, 0, 100) : 0;
        var eta = value.Remaining is TimeSpan left ? $", ETA {Clock(left)}" : "";
        var files = value.Files > 1 ? $", file {value.FileNumber}/{value.Files}" : "";
        return string.Create(c,
            $"{share:0}%, {value.Records:N0} records, {value.RecordsPerSecond:N0} records/s, {Megabytes(value.BytesRead)}/{Megabytes(value.TotalBytes)} MB read{files}{eta}");
    }

    private static string Megabytes(long bytes) => (bytes / 1e6).ToString(bytes < 10e6 ? "0.0" : "0", CultureInfo.InvariantCulture);

    private static string Clock(TimeSpan time) =>
        time.TotalHours >= 1 ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : time.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
