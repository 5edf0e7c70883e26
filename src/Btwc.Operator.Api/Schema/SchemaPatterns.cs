namespace Btwc.Operator.Api.Schema;

/// <summary>Validation patterns shared by the External Secrets CRDs.</summary>
public static class SchemaPatterns
{
    /// <summary>A DNS-1123 subdomain: the form of most Kubernetes object names (1 to 253 characters).</summary>
    public const string Dns1123Subdomain = @"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

    /// <summary>A DNS-1123 label: the form of a namespace name (1 to 63 characters).</summary>
    public const string Dns1123Label = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";

    /// <summary>A key of a Secret or ConfigMap (1 to 253 characters).</summary>
    public const string SecretKey = "^[-._a-zA-Z0-9]+$";

    /// <summary>A five-field cron expression or a descriptor such as <c>@daily</c> or <c>@every 1h</c>.</summary>
    public const string CronSchedule = @"^(@(annually|yearly|monthly|weekly|daily|midnight|hourly)|@every [^\s]+.*|[^\s]+( [^\s]+){4})$";
}
