using System.Text;
using Btwc.Simulator.Internal.Cli;

namespace Btwc.Simulator.Tests;

public sealed class ProgramTests
{
    [Fact]
    public async Task Run_ExampleSeed_PrintsConnectionDetails()
    {
        var directory = Path.Combine(Path.GetTempPath(), "btwc-sim-cli-" + Guid.NewGuid().ToString("N"));
        var output = new SignalingWriter("Press Ctrl-C");
        using var stop = new CancellationTokenSource();
        try
        {
            var run = SimulatorProgram.RunAsync(["--seed", Path.Combine(AppContext.BaseDirectory, "seed.example.yaml"), "--ca-dir", directory], output, TextWriter.Null, stop.Token);
            await output.Seen.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            await stop.CancelAsync();
            var exitCode = await run;
            var text = output.ToString();

            Assert.Equal(0, exitCode);
            Assert.Matches(@"apiUrl: https://127\.0\.0\.1:\d+/site", text);
            Assert.Contains("site: a1b2c3d4-e5f6-7890-abcd-ef1234567890", text, StringComparison.Ordinal);
            Assert.Contains("token: dev-token", text, StringComparison.Ordinal);
            Assert.Contains($"CA PEM: {Path.Combine(directory, "ca.pem")}", text, StringComparison.Ordinal);
            Assert.StartsWith("-----BEGIN CERTIFICATE-----", await File.ReadAllTextAsync(Path.Combine(directory, "ca.pem"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData(new[] { "--port", "abc" }, "'abc'")]
    [InlineData(new[] { "--port", "70000" }, "'70000'")]
    [InlineData(new[] { "--bogus", "x" }, "'--bogus'")]
    [InlineData(new[] { "--seed" }, "'--seed'")]
    [InlineData(new[] { "--seed", "/nonexistent/seed.yaml" }, "seed.yaml")]
    public async Task Run_BadArguments_Exits2WithMessage(string[] args, string fragment)
    {
        var error = new StringWriter();

        var exitCode = await SimulatorProgram.RunAsync(args, TextWriter.Null, error, TestContext.Current.CancellationToken);

        Assert.Equal(2, exitCode);
        Assert.Contains(fragment, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("usage:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AllOptions_AreRead()
    {
        var arguments = SimulatorArguments.Parse(["--seed", "s.yaml", "--port", "8443", "--ca-dir", "certs", "--admin-token", "adm"]);

        Assert.Equal(new SimulatorArguments("s.yaml", 8443, "certs", "adm"), arguments);
    }

    /// <summary>Captures output and completes <see cref="Seen"/> once a line contains the marker.</summary>
    private sealed class SignalingWriter(string marker) : StringWriter
    {
        public TaskCompletionSource Seen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override Encoding Encoding => Encoding.UTF8;

        public override Task WriteLineAsync(string? value)
        {
            var written = base.WriteLineAsync(value);
            if (value?.Contains(marker, StringComparison.Ordinal) == true)
            {
                Seen.TrySetResult();
            }

            return written;
        }
    }
}
