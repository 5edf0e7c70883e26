using System.Text.Json.Serialization;
using Btwc.Simulator.Internal.Admin;

namespace Btwc.Simulator.Internal;

/// <summary>Source-generated serialization for the seed and the admin API. Unknown properties are rejected so typos surface.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowTrailingCommas = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(SimulatorSeed))]
[JsonSerializable(typeof(SeedToken))]
[JsonSerializable(typeof(SeedStaticSecret))]
[JsonSerializable(typeof(SeedDynamicSecret))]
[JsonSerializable(typeof(AdminTokenRevocation))]
[JsonSerializable(typeof(AdminFaults))]
[JsonSerializable(typeof(AdminFailNext))]
[JsonSerializable(typeof(AdminRateLimit))]
internal sealed partial class SimulatorJsonContext : JsonSerializerContext;
