using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Platform.Application.Common.Outbox;

namespace Platform.Infrastructure.Outbox;

/// <summary>
/// Finds the consumers of a message: every <see cref="IOutboxConsumer{TMessage}"/> registered for its type (each class
/// of Application and Infrastructure that implements one is, scoped, so it shares its delivery's context). A consumer
/// is known by its class name, which is what <c>processed_messages</c> records: a renamed consumer is a new one.
/// </summary>
internal static class OutboxConsumers
{
    private static readonly MethodInfo ConsumeDefinition = typeof(OutboxConsumers).GetMethod(nameof(ConsumeAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly ConcurrentDictionary<Type, (Type Contract, Func<object, IOutboxMessage, OutboxDelivery, CancellationToken, Task> Consume)> ByMessage = new();

    public static void AddFrom(IServiceCollection services, params Assembly[] assemblies)
    {
        foreach (var type in assemblies.SelectMany(assembly => assembly.GetTypes()).Where(type => type is { IsClass: true, IsAbstract: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IOutboxConsumer<>)))
            {
                services.AddScoped(contract, type);
            }
        }
    }

    /// <summary>The consumers of <paramref name="messageType"/> in this scope, each with its name and a way to call it.</summary>
    public static IEnumerable<Consumer> In(IServiceProvider scope, Type messageType)
    {
        var (contract, consume) = ByMessage.GetOrAdd(messageType, type => (
            typeof(IOutboxConsumer<>).MakeGenericType(type),
            ConsumeDefinition.MakeGenericMethod(type).CreateDelegate<Func<object, IOutboxMessage, OutboxDelivery, CancellationToken, Task>>()));
        return scope.GetServices(contract).Select(instance => new Consumer(instance!.GetType().Name, instance, consume));
    }

    private static Task ConsumeAsync<TMessage>(object consumer, IOutboxMessage message, OutboxDelivery delivery, CancellationToken cancellationToken)
        where TMessage : IOutboxMessage =>
        ((IOutboxConsumer<TMessage>)consumer).ConsumeAsync((TMessage)message, delivery, cancellationToken);

    public sealed record Consumer(string Name, object Instance, Func<object, IOutboxMessage, OutboxDelivery, CancellationToken, Task> Consume)
    {
        public Task ConsumeAsync(IOutboxMessage message, OutboxDelivery delivery, CancellationToken cancellationToken) =>
            Consume(Instance, message, delivery, cancellationToken);
    }
}
