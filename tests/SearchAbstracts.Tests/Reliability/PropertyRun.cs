using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>
/// Runs an FsCheck property with a fixed seed, so that CI always tries the same cases (a failure replays exactly),
/// and counts the cases that ran. Cases are not shrunk: the property's own message names the failing input.
/// </summary>
internal static class PropertyRun
{
    /// <summary>Checks <paramref name="property"/> (which throws to fail) on <paramref name="cases"/> values of <paramref name="gen"/>.</summary>
    /// <returns>How many cases ran.</returns>
    public static int Check<T>(Gen<T> gen, int cases, ulong seed, Action<T> property)
    {
        var count = 0;
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(cases)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed), FSharpOption<int>.None)));
        Prop.ForAll(Arb.From(gen), (T value) =>
        {
            Interlocked.Increment(ref count);
            property(value);
        }).Check(config);
        return count;
    }

    /// <summary><paramref name="count"/> values of <paramref name="gen"/>, the same ones every run.</summary>
    public static T[] Sample<T>(Gen<T> gen, ulong seed, int count = 1) => gen.Sample(10, new Rnd(seed), count);
}
