namespace SearchAbstracts.Tests.Evaluation;

/// <summary>A file with the given content in a fresh temp folder, deleted on dispose.</summary>
internal sealed class TempFile : IDisposable
{
    private readonly string folder;

    public TempFile(string name, string content)
    {
        folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sa-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        Path = System.IO.Path.Combine(folder, name);
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
