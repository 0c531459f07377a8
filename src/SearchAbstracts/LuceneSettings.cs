using Lucene.Net.Util;

namespace SearchAbstracts;

/// <summary>The one place the Lucene compatibility version is named.</summary>
internal static class LuceneSettings
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
}
