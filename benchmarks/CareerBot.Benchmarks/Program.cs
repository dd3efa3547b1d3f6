using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "calibrate")
{
    return CareerBot.Benchmarks.Calibration.Run(args.Skip(1).ToArray());
}

BenchmarkSwitcher.FromAssembly(typeof(CareerBot.Benchmarks.SearchBenchmarks).Assembly).Run(args);
return 0;
