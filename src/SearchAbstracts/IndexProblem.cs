namespace SearchAbstracts;

/// <summary>Why an index could not be opened or written.</summary>
public enum IndexProblem
{
    /// <summary>No index exists at the path.</summary>
    Missing,

    /// <summary>Another writer holds the index's write lock.</summary>
    Locked,

    /// <summary>The index was written by another schema version of SearchAbstracts.</summary>
    WrongSchema,

    /// <summary>The path holds files, or a Lucene index, that SearchAbstracts did not write.</summary>
    NotAnIndex,

    /// <summary>The index files are damaged or unreadable.</summary>
    Corrupt,
}
