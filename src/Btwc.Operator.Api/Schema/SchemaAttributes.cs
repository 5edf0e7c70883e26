namespace Btwc.Operator.Api.Schema;

/// <summary>Marks a property the OpenAPI schema lists under <c>required</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RequiredAttribute : Attribute;

/// <summary>Sets the <c>default</c> of a string or boolean property in the OpenAPI schema.</summary>
/// <param name="value">The default value the API server applies when the field is absent.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DefaultAttribute(object value) : Attribute
{
    /// <summary>The default value, a <see cref="string"/> or a <see cref="bool"/>.</summary>
    public object Value { get; } = value;
}

/// <summary>Sets the <c>default</c> of an object property in the OpenAPI schema from JSON text.</summary>
/// <param name="json">The default as a JSON object, for example <c>{"creationPolicy":"Owner"}</c>.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DefaultJsonAttribute(string json) : Attribute
{
    /// <summary>The default as JSON text.</summary>
    public string Json { get; } = json;
}

/// <summary>Sets the regular expression a string property must match.</summary>
/// <param name="pattern">An ECMA-262 regular expression, as the API server evaluates it.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PatternAttribute(string pattern) : Attribute
{
    /// <summary>The regular expression.</summary>
    public string Pattern { get; } = pattern;
}

/// <summary>Sets <c>minLength</c> and <c>maxLength</c> of a string property.</summary>
/// <param name="minimum">The minimum length, or -1 for none.</param>
/// <param name="maximum">The maximum length, or -1 for none.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class LengthAttribute(int minimum, int maximum = -1) : Attribute
{
    /// <summary>The minimum length, or -1 for none.</summary>
    public int Minimum { get; } = minimum;

    /// <summary>The maximum length, or -1 for none.</summary>
    public int Maximum { get; } = maximum;
}

/// <summary>Sets <c>minItems</c> of a list property.</summary>
/// <param name="minimum">The minimum number of items.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MinItemsAttribute(int minimum) : Attribute
{
    /// <summary>The minimum number of items.</summary>
    public int Minimum { get; } = minimum;
}

/// <summary>Sets <c>minProperties</c> and <c>maxProperties</c> of an object, on the property or on its type.</summary>
/// <param name="minimum">The minimum number of fields set, or -1 for none.</param>
/// <param name="maximum">The maximum number of fields set, or -1 for none.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class)]
public sealed class PropertyCountAttribute(int minimum, int maximum) : Attribute
{
    /// <summary>The minimum number of fields set, or -1 for none.</summary>
    public int Minimum { get; } = minimum;

    /// <summary>The maximum number of fields set, or -1 for none.</summary>
    public int Maximum { get; } = maximum;
}

/// <summary>Lists the allowed values of a string property: the public string constants of a class, in declaration order.</summary>
/// <param name="constants">A static class whose public <c>const string</c> fields are the allowed values.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EnumAttribute(Type constants) : Attribute
{
    /// <summary>The static class holding the allowed values.</summary>
    public Type Constants { get; } = constants;

    /// <summary>Values of <see cref="Constants"/> that this property does not allow.</summary>
    public string[] Exclude { get; init; } = [];
}

/// <summary>Sets the OpenAPI <c>format</c> of a string property, such as <c>byte</c> or <c>date-time</c>.</summary>
/// <param name="format">The format name.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FormatAttribute(string format) : Attribute
{
    /// <summary>The format name.</summary>
    public string Format { get; } = format;
}

/// <summary>Marks a property whose value may be an explicit JSON <c>null</c> (<c>nullable: true</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SchemaNullableAttribute : Attribute;

/// <summary>Keeps fields the schema does not declare (<c>x-kubernetes-preserve-unknown-fields: true</c>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class)]
public sealed class PreserveUnknownFieldsAttribute : Attribute;

/// <summary>Sets <c>x-kubernetes-map-type</c> of an object property, such as <c>atomic</c>.</summary>
/// <param name="mapType">The map type.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MapTypeAttribute(string mapType) : Attribute
{
    /// <summary>The map type.</summary>
    public string MapType { get; } = mapType;
}

/// <summary>Adds a CEL rule (<c>x-kubernetes-validations</c>) that the API server checks on the property's value.</summary>
/// <param name="rule">The CEL expression. <c>self</c> is the property's value.</param>
/// <param name="message">The message the API server returns when the rule is false.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class ValidationRuleAttribute(string rule, string message) : Attribute
{
    /// <summary>The CEL expression.</summary>
    public string Rule { get; } = rule;

    /// <summary>The message returned when the rule is false.</summary>
    public string Message { get; } = message;
}
