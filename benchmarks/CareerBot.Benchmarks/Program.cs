using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(CareerBot.Benchmarks.SearchBenchmarks).Assembly).Run(args);
