namespace Btwc.Operator.Runtime.Controllers;

/// <summary>Settings of a <see cref="ControllerHost{TKey}"/>.</summary>
public sealed class ControllerOptions
{
    /// <summary>The controller's name, used in logs and as the <c>controller</c> tag of its metrics. Default: <c>controller</c>.</summary>
    public string Name { get; set; } = "controller";

    /// <summary>The number of keys reconciled at once. Default: 4.</summary>
    public int Workers { get; set; } = 4;

    /// <summary>Checks the settings and throws a message naming the invalid value and the rule.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            throw new ArgumentException("ControllerOptions.Name is empty; set the controller's name, such as \"externalsecret\".", nameof(Name));
        }

        if (Workers is < 1 or > 1024)
        {
            throw new ArgumentException($"ControllerOptions.Workers '{Workers}' must be between 1 and 1024.", nameof(Workers));
        }
    }
}
