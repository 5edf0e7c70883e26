using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using k8s;
using k8s.Models;

namespace Kube.Emulator.Bench;

/// <summary>The benchmark scenarios. Each returns named figures; the runner prints the median of each over the runs.</summary>
internal static class Scenarios
{
    private const int Workers = 16;
    private const int CrudObjects = 5_000;
    private const int ListObjects = 10_000;
    private const int WatchUpdates = 5_000;

    public static async Task RunMedianAsync(string name, int runs, Func<Task<Dictionary<string, double>>> scenario)
    {
        var results = new List<Dictionary<string, double>>();
        for (int run = 0; run < runs; run++)
        {
            Dictionary<string, double> figures = await scenario();
            Console.WriteLine($"  {name} run {run + 1}: " + string.Join(", ", figures.Select(f => $"{f.Key} {f.Value.ToString("F1", CultureInfo.InvariantCulture)}")));
            results.Add(figures);
        }

        foreach (string key in results[0].Keys)
        {
            double median = results.Select(r => r[key]).Order().ElementAt(results.Count / 2);
            Console.WriteLine($"{name}: median {key} = {median.ToString("F1", CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>Creates then updates 5,000 Secrets with 16 concurrent KubernetesClient callers.</summary>
    public static async Task<Dictionary<string, double>> CreatesAndUpdatesAsync()
    {
        await using var emulator = await BenchHost.StartAsync();
        Stopwatch create = Stopwatch.StartNew();
        await ParallelAsync(CrudObjects, i => emulator.Client.CoreV1.CreateNamespacedSecretAsync(Secret(i), "default"));
        create.Stop();

        Stopwatch update = Stopwatch.StartNew();
        await ParallelAsync(CrudObjects, i =>
        {
            var patch = new V1Patch($"{{\"metadata\":{{\"labels\":{{\"round\":\"{i}\"}}}}}}", V1Patch.PatchType.MergePatch);
            return emulator.Client.CoreV1.PatchNamespacedSecretAsync(patch, $"secret-{i}", "default");
        });
        update.Stop();

        return new Dictionary<string, double>
        {
            ["creates/s"] = CrudObjects / create.Elapsed.TotalSeconds,
            ["updates/s"] = CrudObjects / update.Elapsed.TotalSeconds,
        };
    }

    /// <summary>Creates 5,000 Secrets with 16 concurrent raw HttpClient callers, to separate server cost from client cost.</summary>
    public static async Task<Dictionary<string, double>> RawCreatesAsync()
    {
        await using var emulator = await BenchHost.StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.Server.BaseUrl };
        var uri = new Uri("api/v1/namespaces/default/secrets", UriKind.Relative);
        Stopwatch create = Stopwatch.StartNew();
        await ParallelAsync(CrudObjects, async i =>
        {
            using var content = new StringContent($"{{\"metadata\":{{\"name\":\"secret-{i}\",\"labels\":{{\"app\":\"bench\"}}}},\"stringData\":{{\"username\":\"app\",\"password\":\"password-{i:D8}\"}}}}", System.Text.Encoding.UTF8, "application/json");
            using HttpResponseMessage response = await http.PostAsync(uri, content);
            response.EnsureSuccessStatusCode();
        });
        create.Stop();

        return new Dictionary<string, double> { ["raw creates/s"] = CrudObjects / create.Elapsed.TotalSeconds };
    }

    /// <summary>Lists 10,000 stored Secrets whole and in pages of 500, and one label-selected Secret.</summary>
    public static async Task<Dictionary<string, double>> ListAsync()
    {
        await using var emulator = await BenchHost.StartAsync();
        await ParallelAsync(ListObjects, i => emulator.Client.CoreV1.CreateNamespacedSecretAsync(Secret(i), "default"));
        await emulator.Client.CoreV1.ListNamespacedSecretAsync("default");

        double whole = await MedianMillisecondsAsync(10, () => emulator.Client.CoreV1.ListNamespacedSecretAsync("default"));
        double paged = await MedianMillisecondsAsync(10, async () =>
        {
            string? token = null;
            do
            {
                V1SecretList page = await emulator.Client.CoreV1.ListNamespacedSecretAsync("default", limit: 500, continueParameter: token);
                token = page.Metadata.ContinueProperty;
            }
            while (!string.IsNullOrEmpty(token));
        });
        double selected = await MedianMillisecondsAsync(20, () => emulator.Client.CoreV1.ListNamespacedSecretAsync("default", labelSelector: "index=4242"));

        return new Dictionary<string, double>
        {
            ["full list ms"] = whole,
            ["paged list (500) ms"] = paged,
            ["label-selected list ms"] = selected,
        };
    }

    /// <summary>Sends 5,000 updates while three KubernetesClient watchers receive every event.</summary>
    public static async Task<Dictionary<string, double>> WatchFanOutAsync()
    {
        await using var emulator = await BenchHost.StartAsync();
        await emulator.Client.CoreV1.CreateNamespacedSecretAsync(Secret(0), "default");
        V1SecretList list = await emulator.Client.CoreV1.ListNamespacedSecretAsync("default");
        var counts = new int[3];
        var done = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var watchers = new List<Watcher<V1Secret>>();
        for (int w = 0; w < 3; w++)
        {
            int index = w;
            watchers.Add(emulator.Client.CoreV1.WatchListNamespacedSecret("default", resourceVersion: list.Metadata.ResourceVersion, onEvent: (_, _) =>
            {
                if (Interlocked.Increment(ref counts[index]) == WatchUpdates)
                {
                    done[index].TrySetResult();
                }
            }));
        }

        Stopwatch elapsed = Stopwatch.StartNew();
        await ParallelAsync(WatchUpdates, i =>
        {
            var patch = new V1Patch($"{{\"metadata\":{{\"labels\":{{\"round\":\"{i}\"}}}}}}", V1Patch.PatchType.MergePatch);
            return emulator.Client.CoreV1.PatchNamespacedSecretAsync(patch, "secret-0", "default");
        });
        double writesDone = elapsed.Elapsed.TotalSeconds;
        await Task.WhenAll(done.Select(d => d.Task)).WaitAsync(TimeSpan.FromMinutes(2));
        elapsed.Stop();
        foreach (Watcher<V1Secret> watcher in watchers)
        {
            watcher.Dispose();
        }

        return new Dictionary<string, double>
        {
            ["updates/s"] = WatchUpdates / writesDone,
            ["events delivered/s (3 watchers)"] = 3 * WatchUpdates / elapsed.Elapsed.TotalSeconds,
            ["last event after last write ms"] = (elapsed.Elapsed.TotalSeconds - writesDone) * 1000,
        };
    }

    /// <summary>Stores 10,000 Secrets and 10,000 custom objects and reports the process memory.</summary>
    public static async Task<Dictionary<string, double>> MemoryAsync()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        await using var emulator = await BenchHost.StartAsync();
        await emulator.CreateWidgetCrdAsync();
        await ParallelAsync(ListObjects, i => emulator.Client.CoreV1.CreateNamespacedSecretAsync(Secret(i), "default"));
        await ParallelAsync(ListObjects, i => emulator.Client.CustomObjects.CreateNamespacedCustomObjectAsync(Widget(i), "example.com", "v1", "default", "widgets"));

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        using Process self = Process.GetCurrentProcess();

        return new Dictionary<string, double>
        {
            ["managed heap growth MB"] = (after - before) / 1024.0 / 1024.0,
            ["process working set MB"] = self.WorkingSet64 / 1024.0 / 1024.0,
        };
    }

    private static V1Secret Secret(int i) => new()
    {
        Metadata = new V1ObjectMeta
        {
            Name = $"secret-{i}",
            Labels = new Dictionary<string, string> { ["app"] = "bench", ["index"] = i.ToString(CultureInfo.InvariantCulture) },
        },
        StringData = new Dictionary<string, string> { ["username"] = "app", ["password"] = $"password-{i:D8}" },
    };

    private static JsonObject Widget(int i) => new()
    {
        ["apiVersion"] = "example.com/v1",
        ["kind"] = "Widget",
        ["metadata"] = new JsonObject { ["name"] = $"widget-{i}", ["labels"] = new JsonObject { ["app"] = "bench" } },
        ["spec"] = new JsonObject { ["size"] = (i % 100) + 1, ["color"] = "blue" },
    };

    private static async Task ParallelAsync(int count, Func<int, Task> action)
    {
        int next = -1;
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await action(i);
            }
        }));
    }

    private static async Task<double> MedianMillisecondsAsync(int samples, Func<Task> action)
    {
        var times = new List<double>();
        for (int i = 0; i < samples; i++)
        {
            Stopwatch watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(samples / 2);
    }
}
