using Microsoft.Data.Sqlite;

namespace SearchAbstracts.Bench.Fts5;

/// <summary>
/// The SQLite peer: one FTS5 table <c>papers(id UNINDEXED, title, abstract)</c> with the Porter stemmer over
/// unicode61 tokens, filled in one transaction with one prepared statement. FTS5's own settings otherwise: no stop
/// words, BM25 with k1 1.2 and b 0.75 (fixed in FTS5), no final <c>optimize</c>.
/// </summary>
internal sealed class Fts5Engine : IPeerEngine
{
    public int Index(string corpus, string target)
    {
        if (File.Exists(target))
        {
            File.Delete(target);
        }
        using var connection = Open(target, SqliteOpenMode.ReadWriteCreate);
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE papers USING fts5(id UNINDEXED, title, abstract, tokenize='porter unicode61')";
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO papers (id, title, abstract) VALUES ($id, $title, $abstract)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var text = insert.Parameters.Add("$abstract", SqliteType.Text);
        insert.Prepare();
        var papers = 0;
        foreach (var record in CorpusReader.Read(corpus))
        {
            id.Value = record.Id;
            title.Value = record.Title;
            text.Value = record.Text;
            insert.ExecuteNonQuery();
            papers++;
        }
        transaction.Commit();
        return papers;
    }

    public IPeerSearcher OpenSearcher(string target)
    {
        if (!File.Exists(target))
        {
            throw new FileNotFoundException($"no FTS5 database at '{target}'", target);
        }
        return new Fts5Searcher(Open(target, SqliteOpenMode.ReadOnly));
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
