using System.Diagnostics;
using System.Globalization;

namespace Btwc.Operator.Bench;

/// <summary>The operator as a separate <c>btwc run</c> process, so its memory and CPU are measured alone.</summary>
internal static class OperatorProcess
{
    /// <summary>
    /// Starts <c>btwc run</c> against the kubeconfig, without leader election, logging from <paramref name="logLevel"/>
    /// up; <paramref name="onLine"/> receives every line it writes to standard output.
    /// </summary>
    public static Process Start(string kubeconfig, int workers, string logLevel, Action<string>? onLine = null)
    {
        var btwc = Path.Combine(AppContext.BaseDirectory, "btwc.dll");
        var start = new ProcessStartInfo("dotnet", $"\"{btwc}\" run --kubeconfig \"{kubeconfig}\" --leader-elect false --workers {workers} --log-level {logLevel}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) =>
        {
            EchoFailure(line.Data);
            if (line.Data is { } text)
            {
                onLine?.Invoke(text);
            }
        };
        process.ErrorDataReceived += (_, line) => EchoFailure(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        return process;
    }

    /// <summary>Returns the resident set size (VmRSS in /proc) of a process in MiB.</summary>
    public static double ResidentMegabytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(text => text.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

        return kilobytes / 1024;
    }

    private static void EchoFailure(string? line)
    {
        if (line is not null && (line.StartsWith("fail", StringComparison.Ordinal) || line.StartsWith("crit", StringComparison.Ordinal) || line.StartsWith("warn", StringComparison.Ordinal)))
        {
            Console.Error.WriteLine("operator: " + line);
        }
    }
}
