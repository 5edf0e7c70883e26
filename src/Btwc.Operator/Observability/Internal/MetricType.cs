namespace Btwc.Operator.Observability.Internal;

/// <summary>The Prometheus metric type of a family, written on its <c># TYPE</c> line.</summary>
internal enum MetricType
{
    Counter,
    Gauge,
    Histogram,
}
