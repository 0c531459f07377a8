using SearchAbstracts.Bench;
using SearchAbstracts.Bench.RawLucene;

return PeerProgram.Run("raw-lucene", args, new RawLuceneEngine());
