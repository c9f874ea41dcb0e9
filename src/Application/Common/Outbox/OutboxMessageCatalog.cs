using System.Collections.Frozen;
using System.Reflection;
using MapsterMapper;

namespace Platform.Application.Common.Outbox;

/// <summary>
/// Every message contract of the platform by its versioned name, and which domain events become which messages. Built
/// once from the Application assembly; a name used twice or not of the form <c>module.what-happened.vN</c> fails there
/// (and in the architecture tests).
/// </summary>
public sealed class OutboxMessageCatalog
{
    private readonly FrozenDictionary<string, (Type Type, bool HoldsSecrets)> _byName;
    private readonly FrozenDictionary<Type, string> _nameByType;
    private readonly FrozenDictionary<Type, Type[]> _messagesByEvent;
    private readonly IMapper _mapper;

    public OutboxMessageCatalog(IMapper mapper)
    {
        _mapper = mapper;
        var contracts = typeof(OutboxMessageCatalog).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IOutboxMessage).IsAssignableFrom(type))
            .Select(type => (Type: type, Attribute: type.GetCustomAttribute<OutboxMessageAttribute>()
                ?? throw new InvalidOperationException($"{type.Name} is an outbox message without an [OutboxMessage] name.")))
            .ToList();
        _byName = contracts.ToFrozenDictionary(contract => contract.Attribute.Name, contract => (contract.Type, contract.Attribute.HoldsSecrets), StringComparer.Ordinal);
        _nameByType = contracts.ToFrozenDictionary(contract => contract.Type, contract => contract.Attribute.Name);
        _messagesByEvent = contracts
            .SelectMany(contract => contract.Type.GetInterfaces()
                .Where(contractInterface => contractInterface.IsGenericType && contractInterface.GetGenericTypeDefinition() == typeof(IOutboxMessage<>))
                .Select(contractInterface => (Event: contractInterface.GetGenericArguments()[0], Message: contract.Type)))
            .GroupBy(pair => pair.Event)
            .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.Message).ToArray());
    }

    public IReadOnlyCollection<string> Names => _byName.Keys;

    public string NameOf(IOutboxMessage message) => _nameByType[message.GetType()];

    public bool TryGet(string name, out Type type, out bool holdsSecrets)
    {
        var found = _byName.TryGetValue(name, out var contract);
        (type, holdsSecrets) = contract;
        return found;
    }

    /// <summary>The messages of these events, in their order: the contracts that declare each event's own type.</summary>
    public IEnumerable<IOutboxMessage> MessagesOf(IEnumerable<IDomainEvent> events) =>
        from domainEvent in events
        from messageType in _messagesByEvent.GetValueOrDefault(domainEvent.GetType(), [])
        select (IOutboxMessage)_mapper.Map(domainEvent, domainEvent.GetType(), messageType);
}
