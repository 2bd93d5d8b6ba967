using System.Diagnostics;
using BenchmarkDotNet.Running;
using Microsoft.EntityFrameworkCore;
using SecChange.Application.Register;
using SecChange.Domain.Modifications;
using SecChange.Storage;

namespace SecChange.Benchmarks;

public static class Program
{
    /// <summary>
    /// dotnet run -c Release --project bench/SecChange.Benchmarks -- --filter '*' --job short
    /// (or "--check" to generate the register and print its shape and the SQL EF Core runs, or
    /// "--write-register PATH" to put a copy of the generated register at PATH, for the web load script).
    /// </summary>
    public static async Task Main(string[] args)
    {
        if (args is ["--write-register", var path])
        {
            File.Copy(RegisterGenerator.EnsureDatabase(), path, overwrite: true);
            Console.WriteLine($"{RegisterGenerator.Modifications} modifications, {RegisterGenerator.Modifications * RegisterGenerator.EventsPerModification} events: {path}");
            return;
        }

        if (args is ["--check"])
        {
            await CheckAsync();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static async Task CheckAsync()
    {
        var watch = Stopwatch.StartNew();
        var path = RegisterGenerator.EnsureDatabase();
        Console.WriteLine($"Register: {path} ({new FileInfo(path).Length / 1_048_576.0:F1} MB), ready in {watch.Elapsed.TotalSeconds:F1} s");
        var store = new EfRegisterStore(StorageOptions.SqliteFile(path));
        await using (var session = await store.BeginAsync(readOnly: true))
        {
            watch.Restart();
            var all = await session.LoadAllAsync();
            Console.WriteLine($"LoadAllAsync: {all.Count} modifications, {all.Sum(m => m.Version)} events, {watch.ElapsedMilliseconds} ms");
            foreach (var g in all.GroupBy(m => m.State).OrderBy(g => g.Key)) Console.WriteLine($"  {g.Key}: {g.Count()}");
            var histories = all.Select(m => m.Events.ToArray()).ToArray();
            for (var run = 0; run < 3; run++)
            {
                watch.Restart();
                var replayed = histories.Select(h => Modification.Replay(h)).ToList();
                Console.WriteLine($"Replay only (events already in memory): {replayed.Count} modifications, {watch.ElapsedMilliseconds} ms");
            }

            var filtered = await session.ListAsync(new RegisterFilter { Stage = Stage.Refine, Text = RegisterQueryBenchmarks.Text });
            var release = await session.ListAsync(new RegisterFilter { ReleaseId = RegisterQueryBenchmarks.Release });
            Console.WriteLine($"Stage=Refine, Text={RegisterQueryBenchmarks.Text}: {filtered.Count} rows; Release={RegisterQueryBenchmarks.Release}: {release.Count} rows");
        }

        var cs = store.Options.ConnectionString;
        Console.WriteLine($"ADO.NET: events {RawRegister.ReadEvents(cs)}, stage+text {RawRegister.ReadList(cs, RawRegister.StageAndTextSql, ("@stage", "Refine"), ("@pattern", "%firmware%"))} rows");
        Console.WriteLine($"By hand: {RawRegister.LoadAllByHand(cs).Count} modifications");

        // The SQL the store's list query runs, built the same way as EfRegisterSession.ListAsync.
        await using var db = store.CreateContext();
        var stage = Stage.Refine.ToString();
        var pattern = "%firmware%";
        Console.WriteLine(db.Modifications.Where(r => r.Stage == stage).Where(r => EF.Functions.Like(r.TitleSearch, pattern, "\\"))
            .OrderBy(r => r.Series).ThenBy(r => r.Number).ThenBy(r => r.Alternative).ToQueryString());
        var lower = "2020-11";
        Console.WriteLine(db.Modifications.Where(r => r.ReleaseId != null && r.ReleaseId.ToLower() == lower)
            .OrderBy(r => r.Series).ThenBy(r => r.Number).ThenBy(r => r.Alternative).ToQueryString());
        Console.WriteLine(db.Events.OrderBy(e => e.ModificationId).ThenBy(e => e.Sequence).ToQueryString());
    }
}
