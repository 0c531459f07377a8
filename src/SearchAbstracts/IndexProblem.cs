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

    /// <summary>
    /// The index folder (or, for a new index, the folder it would be created in) cannot be written: no write permission, or
    /// a read-only file system. Only writing needs it; searching a read-only index works.
    /// </summary>
    ReadOnly,
}
