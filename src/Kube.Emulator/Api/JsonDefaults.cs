using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kube.Emulator.Api;

/// <summary>
/// JSON output settings: quotes escaped as <c>\"</c> and non-ASCII text written as is, as the Go encoder of the
/// real server writes them, instead of the HTML-safe <c>\u0022</c> escapes of the .NET default.
/// </summary>
internal static class JsonDefaults
{
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
}
