namespace Btwc.Simulator;

/// <summary>A grant of a <see cref="SeedToken"/>: actions on a folder and every folder beneath it.</summary>
public sealed class SeedPermission
{
    /// <summary>The folder prefix; <c>""</c> (the default) or <c>"*"</c> covers every folder.</summary>
    public string Folder { get; set; } = string.Empty;

    /// <summary>The actions: <c>read</c>, <c>generate</c>, or <c>*</c> for both.</summary>
    public IList<string> Actions { get; set; } = [];
}
