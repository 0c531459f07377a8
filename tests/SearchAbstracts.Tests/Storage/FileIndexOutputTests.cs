using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchAbstracts.Storage;

namespace SearchAbstracts.Tests.Storage;

/// <summary>
/// The writer's file output must write what Lucene's own writes, byte for byte, with the same running checksum (the
/// one file footers carry and readers verify), and leave each file it closes to be synced by the next commit.
/// </summary>
public sealed class FileIndexOutputTests : IDisposable
{
    private readonly string _folder = TempIndex.NewFolder();

    public FileIndexOutputTests() => System.IO.Directory.CreateDirectory(_folder);

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    [Fact]
    public void WritesLucenesBytesAndChecksum_WhateverTheWriteSizes()
    {
        var random = new Random(11);
        // Single bytes, small writes, writes straddling the 64 KB buffer and writes larger than it.
        var writes = Enumerable.Range(0, 3000).Select(_ => random.Next(10) switch
        {
            < 5 => 1,
            < 8 => random.Next(2, 300),
            8 => random.Next(30_000, 70_000),
            _ => random.Next(65_536, 200_000),
        }).Select(n => { var b = new byte[n]; random.NextBytes(b); return b; }).ToList();
        var lucene = new List<(long Position, long Checksum)>();
        var ours = new List<(long Position, long Checksum)>();

        using (var directory = new NIOFSDirectory(_folder))
        {
            Write(directory.CreateOutput("lucene.bin", IOContext.DEFAULT), writes, lucene);
        }
        using (var directory = new WriterDirectory(_folder))
        {
            Write(directory.CreateOutput("ours.bin", IOContext.DEFAULT), writes, ours);
        }

        Assert.Equal(lucene, ours);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_folder, "lucene.bin")), File.ReadAllBytes(Path.Combine(_folder, "ours.bin")));
        Assert.True(new FileInfo(Path.Combine(_folder, "ours.bin")).Length > 10_000_000);
    }

    [Fact]
    public void ClosedFile_AwaitsSyncUntilSynced()
    {
        using var directory = new WriterDirectory(_folder);
        var output = directory.CreateOutput("a.bin", IOContext.DEFAULT);
        output.WriteInt64(42);
        Assert.False(directory.AwaitsSync("a.bin"));

        output.Dispose();
        Assert.True(directory.AwaitsSync("a.bin"));

        directory.Sync(["a.bin"]);
        Assert.False(directory.AwaitsSync("a.bin"));
    }

    [Fact]
    public void IndexWrittenThroughIt_PassesLucenesCheckIndexWithChecksums()
    {
        var path = Path.Combine(_folder, "index");
        using (var index = AbstractsIndex.OpenOrCreate(path))
        {
            var report = index.AddFiles([TestPaths.Seeds]);
            Assert.Equal(8, report.Indexed);
        }

        using var directory = new NIOFSDirectory(path);
        var status = new CheckIndex(directory).DoCheckIndex();
        Assert.True(status.Clean);
        Assert.Equal(8, status.SegmentInfos.Sum(s => s.DocCount));
        // CheckIndex reads every file's footer; a checksum that differed from what Lucene computes would fail it.
        using var reader = DirectoryReader.Open(directory);
        foreach (var leaf in reader.Leaves)
        {
            ((SegmentReader)leaf.Reader).CheckIntegrity();
        }
    }

    private static void Write(IndexOutput output, List<byte[]> writes, List<(long, long)> seen)
    {
        using (output)
        {
            foreach (var bytes in writes)
            {
                if (bytes.Length == 1)
                {
                    output.WriteByte(bytes[0]);
                }
                else
                {
                    output.WriteBytes(bytes, 0, bytes.Length);
                }
                if (seen.Count % 97 == 0)
                {
                    seen.Add((output.Position, output.Checksum));
                }
                else
                {
                    seen.Add((output.Position, 0));
                }
            }
            seen.Add((output.Position, output.Checksum));
        }
    }
}
