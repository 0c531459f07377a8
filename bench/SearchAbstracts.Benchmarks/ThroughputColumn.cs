using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SearchAbstracts.Benchmarks;

/// <summary>
/// "Throughput": units of work per second (e.g. <c>1.52 M tokens/s</c>) for benchmarks that implement
/// <see cref="IThroughputBenchmark"/>, from the mean time per operation. The amount of work is found by running the
/// class's global setup once in the host process with the case's parameters.
/// </summary>
internal sealed class ThroughputColumn : IColumn
{
    private readonly ConcurrentDictionary<BenchmarkCase, (double Units, string Unit)?> _work = new();

    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "Throughput";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => false;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Units of work per second (tokens, MB or papers), from the mean time per operation";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) =>
        summary.BenchmarksCases.Any(c => typeof(IThroughputBenchmark).IsAssignableFrom(c.Descriptor.Type));

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is not > 0 || _work.GetOrAdd(benchmarkCase, Measure) is not { } work)
        {
            return "-";
        }
        var perSecond = work.Units / (mean.Value / 1e9);
        // "2.61 M tokens/s", "2.2 k papers/s", "28.9 MB/s".
        return perSecond switch
        {
            >= 1e6 => string.Create(CultureInfo.InvariantCulture, $"{perSecond / 1e6:0.00} M {work.Unit}/s"),
            >= 1e3 => string.Create(CultureInfo.InvariantCulture, $"{perSecond / 1e3:0.0} k {work.Unit}/s"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{perSecond:0.0} {work.Unit}/s"),
        };
    }

    private static (double, string)? Measure(BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        if (!typeof(IThroughputBenchmark).IsAssignableFrom(type))
        {
            return null;
        }
        var instance = (IThroughputBenchmark)Activator.CreateInstance(type)!;
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            type.GetProperty(parameter.Name)?.SetValue(instance, parameter.Value);
        }
        Invoke<GlobalSetupAttribute>(instance);
        try
        {
            return (instance.UnitsPerOperation, instance.Unit);
        }
        finally
        {
            Invoke<GlobalCleanupAttribute>(instance);
        }
    }

    private static void Invoke<TAttribute>(object instance)
        where TAttribute : Attribute
    {
        foreach (var method in instance.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance))
        {
            if (method.GetCustomAttribute<TAttribute>() is not null)
            {
                method.Invoke(instance, null);
            }
        }
    }
}
