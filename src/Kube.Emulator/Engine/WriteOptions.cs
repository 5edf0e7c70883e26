namespace Kube.Emulator.Engine;

/// <summary>The <c>fieldValidation</c> query parameter.</summary>
internal enum FieldValidation
{
    Ignore,
    Warn,
    Strict,
}

/// <summary>The request options of one write and the warnings it produces for the <c>Warning</c> header.</summary>
internal sealed class WriteOptions
{
    public bool DryRun { get; init; }

    public FieldValidation FieldValidation { get; init; } = FieldValidation.Warn;

    public List<string> Warnings { get; } = [];

    public static WriteOptions Default => new();
}
