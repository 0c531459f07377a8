using SearchAbstracts.Bench;
using SearchAbstracts.Bench.Fts5;

return PeerProgram.Run("fts5", args, new Fts5Engine());
