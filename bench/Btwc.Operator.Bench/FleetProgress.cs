using System.Diagnostics;
using Btwc.Operator.Api.ExternalSecrets;
using k8s;
using Kube.Emulator.Journal;

namespace Btwc.Operator.Bench;

/// <summary>
/// Follows the fleet through the emulator's request journal, which costs far less than listing 10,000
/// ExternalSecrets again and again while the operator is being measured.
/// </summary>
internal static class FleetProgress
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Waits until every ExternalSecret has had a successful status write and then confirms with one list that
    /// all of them are Ready=True, listing again every 2 seconds until they are.
    /// </summary>
    public static async Task WaitForAllReadyAsync(IKubernetes kubernetes, RequestJournal journal, string ns, int expected, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        await WaitForDistinctNamesAsync(journal, expected, timeout, entry =>
            entry.Resource == "externalsecrets" && entry.Subresource == "status" && entry.Namespace == ns
            && entry.Verb is "update" or "patch" && entry.StatusCode < 300);

        while (deadline.Elapsed < timeout)
        {
            var list = await kubernetes.CustomObjects.ListNamespacedCustomObjectAsync<ExternalSecretList>(
                ExternalSecretsGroup.Name, ExternalSecretsGroup.Version, ns, ExternalSecret.KubePluralName);
            var ready = list.Items.Count(item => item.Status?.Conditions?.Any(condition => condition.Type == "Ready" && condition.Status == "True") == true);
            if (ready >= expected)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        throw new TimeoutException($"Not all {expected} ExternalSecrets in namespace \"{ns}\" were Ready within {timeout.TotalSeconds:0} s. Raise --timeout-minutes or look at the operator's warnings above.");
    }

    /// <summary>
    /// Polls the journal until <paramref name="expected"/> distinct object names match. Names are collected on
    /// every poll because the journal drops its oldest entries beyond 100,000.
    /// </summary>
    private static async Task<bool> WaitForDistinctNamesAsync(RequestJournal journal, int expected, TimeSpan timeout, Func<JournalEntry, bool> matches)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            foreach (var entry in journal.Entries)
            {
                if (entry.Name is { } name && matches(entry))
                {
                    names.Add(name);
                }
            }

            if (names.Count >= expected)
            {
                return true;
            }

            await Task.Delay(PollInterval);
        }

        return false;
    }
}
