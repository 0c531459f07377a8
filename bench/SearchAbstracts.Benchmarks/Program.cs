using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using SearchAbstracts.Benchmarks;

// `--filter '*'` runs everything; `--job short` for a quick look (see bench/run-micro.sh).
var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn());
BenchmarkSwitcher.FromAssembly(typeof(ThroughputColumn).Assembly).Run(args, config);
