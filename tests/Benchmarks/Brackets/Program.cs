using BenchmarkDotNet.Running;
using Platform.Benchmarks.Brackets;

// Issue 18's in-memory bracket targets: a 1,024-entrant double elimination planned (< 10 ms) and played through
// (< 50 ms), and round 9 of a 512-entrant Swiss paired (< 100 ms). Run by build/bench-brackets.sh.
BenchmarkSwitcher.FromAssembly(typeof(BracketBenchmarks).Assembly).Run(args);
