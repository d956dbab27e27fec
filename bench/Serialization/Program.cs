using BenchmarkDotNet.Running;
using UnderLoad.Bench.Serialization;

if (args is ["--sizes"])
{
    var (json, msgpack) = new SerializerBenchmarks().PayloadSizes();
    Console.WriteLine($"1,000 orders: JSON {json:N0} bytes, MessagePack {msgpack:N0} bytes");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(SerializerBenchmarks).Assembly).Run(args);
