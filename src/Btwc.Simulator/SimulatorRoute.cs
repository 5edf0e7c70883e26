namespace Btwc.Simulator;

/// <summary>A tenant endpoint of the simulator, used to scope faults and to count journal entries.</summary>
public enum SimulatorRoute
{
    /// <summary><c>GET /session</c>: checks the session.</summary>
    Session,

    /// <summary><c>GET /static/{name}?folder=</c>: reads one static secret.</summary>
    StaticGet,

    /// <summary><c>GET /static?path=&amp;recursive=</c>: lists static secrets under a folder.</summary>
    StaticList,

    /// <summary><c>POST /dynamic/{name}/generate?folder=</c>: mints new dynamic credentials.</summary>
    DynamicGenerate,

    /// <summary><c>GET /dynamic/{name}?folder=</c>: reads a dynamic secret definition.</summary>
    DynamicGet,
}
