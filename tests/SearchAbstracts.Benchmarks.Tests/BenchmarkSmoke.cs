using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace SearchAbstracts.Benchmarks.Tests;

/// <summary>
/// Runs a benchmark class the way BenchmarkDotNet would, once and in-process: global setup, every
/// <c>[Benchmark]</c> method, global cleanup. The benchmarks check their own results, so a broken one throws.
/// </summary>
internal static class BenchmarkSmoke
{
    public static void Run(object benchmarks, Action<Action>? eachVariant = null)
    {
        Invoke<GlobalSetupAttribute>(benchmarks);
        try
        {
            void RunMethods()
            {
                foreach (var method in BenchmarkMethods(benchmarks.GetType()))
                {
                    Call(method, benchmarks);
                }
            }
            if (eachVariant is null)
            {
                RunMethods();
            }
            else
            {
                eachVariant(RunMethods);
            }
        }
        finally
        {
            Invoke<GlobalCleanupAttribute>(benchmarks);
        }
    }

    public static IEnumerable<MethodInfo> BenchmarkMethods(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null);

    /// <summary>The values a <c>[Params]</c> property takes in the real runs.</summary>
    public static IEnumerable<T> ParamsValues<T>(Type type, string property) =>
        type.GetProperty(property)!.GetCustomAttribute<ParamsAttribute>()!.Values.Cast<T>();

    private static void Invoke<TAttribute>(object benchmarks)
        where TAttribute : Attribute
    {
        foreach (var method in benchmarks.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            Call(method, benchmarks);
        }
    }

    /// <summary>Calls without reflection's wrapping, so that a failed check surfaces as itself.</summary>
    private static void Call(MethodInfo method, object target)
    {
        try
        {
            method.Invoke(target, null);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
        }
    }
}
