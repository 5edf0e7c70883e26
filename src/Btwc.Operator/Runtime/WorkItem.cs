namespace Btwc.Operator.Runtime;

/// <summary>
/// A key handed to a worker by <see cref="WorkQueue{TKey}.GetAsync"/>. The worker must call
/// <see cref="WorkQueue{TKey}.Done"/> with <see cref="Key"/> when it has finished.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <param name="Key">The key to process.</param>
/// <param name="Priority">The highest priority the key was added with since it was last handed out.</param>
/// <param name="Failures">The consecutive failures recorded for the key by <see cref="WorkQueue{TKey}.AddRateLimited"/>.</param>
public readonly record struct WorkItem<TKey>(TKey Key, WorkPriority Priority, int Failures)
    where TKey : notnull;
