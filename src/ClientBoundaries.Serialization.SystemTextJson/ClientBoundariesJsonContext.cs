using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ClientBoundaries.Agreements;
using ClientBoundaries.Engagements;
using ClientBoundaries.Primitives;
using ClientBoundaries.Scheduling;
using ClientBoundaries.Scope;

namespace ClientBoundaries.Serialization.SystemTextJson;

/// <summary>
/// The serializer context of every ClientBoundaries value: use its type information
/// (<c>JsonSerializer.Serialize(agreement, ClientBoundariesJsonContext.Default.Agreement)</c>) in a trimmed
/// or native AOT app, where reflection-based serialization is not available.
/// </summary>
/// <remarks>
/// <para>It knows exactly the values listed as its properties, each read and written by this package's own
/// converter (the format of docs/json.md), and no other type: asked for another, <see cref="GetTypeInfo"/>
/// gives null. It is written by hand rather than by the System.Text.Json source generator, which would also
/// publish metadata for every type inside these values (a stage, a working week, a key ...) that reads them
/// with none of this package's checks.</para>
/// <para>It uses no reflection. As a resolver of other options (<see cref="JsonSerializerOptions.TypeInfoResolver"/>),
/// a converter those options hold for one of its types is used instead of the package's.</para>
/// </remarks>
public sealed class ClientBoundariesJsonContext : JsonSerializerContext, IJsonTypeInfoResolver
{
    private static readonly JsonSerializerOptions DefaultOptions = new();

    private JsonTypeInfo<Money>? _money;
    private JsonTypeInfo<Agreement>? _agreement;
    private JsonTypeInfo<Plan>? _plan;
    private JsonTypeInfo<EngagementEvent>? _engagementEvent;
    private JsonTypeInfo<IReadOnlyList<EngagementEvent>>? _events;
    private JsonTypeInfo<EngagementCommand>? _engagementCommand;
    private JsonTypeInfo<Assessment>? _assessment;
    private JsonTypeInfo<ScopeDecision>? _scopeDecision;
    private JsonTypeInfo<ChangeOrder>? _changeOrder;
    private JsonTypeInfo<IReadOnlyList<ChangeOrder>>? _changeOrders;

    /// <summary>Creates a context with options of its own, as <see cref="Default"/> has.</summary>
    public ClientBoundariesJsonContext()
        : base(null)
    {
    }

    /// <summary>Creates a context bound to <paramref name="options"/>, which then resolve its values through it.</summary>
    /// <param name="options">Options not used yet.</param>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> have already been used, so they are read-only.</exception>
    public ClientBoundariesJsonContext(JsonSerializerOptions options)
        : base(options)
    {
    }

    /// <summary>The context with default options: what <c>ClientBoundariesJsonContext.Default.Agreement</c> and the others use.</summary>
    public static ClientBoundariesJsonContext Default { get; } = new(new JsonSerializerOptions(DefaultOptions));

    /// <summary>An amount of money, <c>{"amount": 1500.00, "currency": "EUR"}</c>.</summary>
    public JsonTypeInfo<Money> Money => _money ??= (JsonTypeInfo<Money>)Options.GetTypeInfo(typeof(Money));

    /// <summary>An agreement of any version, in the format of agreement templates (<see cref="AgreementTemplate"/>).</summary>
    public JsonTypeInfo<Agreement> Agreement => _agreement ??= (JsonTypeInfo<Agreement>)Options.GetTypeInfo(typeof(Agreement));

    /// <summary>A plan: its stages' dates and its handoffs.</summary>
    public JsonTypeInfo<Plan> Plan => _plan ??= (JsonTypeInfo<Plan>)Options.GetTypeInfo(typeof(Plan));

    /// <summary>An engagement event of any type, as <see cref="EngagementEventJson.WriteEvent"/> writes it.</summary>
    public JsonTypeInfo<EngagementEvent> EngagementEvent => _engagementEvent ??= (JsonTypeInfo<EngagementEvent>)Options.GetTypeInfo(typeof(EngagementEvent));

    /// <summary>Events as <c>EngagementDecider.Decide</c> returns them: a plain JSON array of events, not replay-checked (for a whole stream, use <see cref="EngagementEventJson.Read(string)"/>).</summary>
    public JsonTypeInfo<IReadOnlyList<EngagementEvent>> IReadOnlyListEngagementEvent => _events ??= (JsonTypeInfo<IReadOnlyList<EngagementEvent>>)Options.GetTypeInfo(typeof(IReadOnlyList<EngagementEvent>));

    /// <summary>An engagement command of any type, as <see cref="EngagementCommandJson.Write"/> writes it.</summary>
    public JsonTypeInfo<EngagementCommand> EngagementCommand => _engagementCommand ??= (JsonTypeInfo<EngagementCommand>)Options.GetTypeInfo(typeof(EngagementCommand));

    /// <summary>An assessment: a snapshot of what is overdue and due at one instant.</summary>
    public JsonTypeInfo<Assessment> Assessment => _assessment ??= (JsonTypeInfo<Assessment>)Options.GetTypeInfo(typeof(Assessment));

    /// <summary>A scope decision of any kind, as events carry it.</summary>
    public JsonTypeInfo<ScopeDecision> ScopeDecision => _scopeDecision ??= (JsonTypeInfo<ScopeDecision>)Options.GetTypeInfo(typeof(ScopeDecision));

    /// <summary>A change order as it stands in an engagement.</summary>
    public JsonTypeInfo<ChangeOrder> ChangeOrder => _changeOrder ??= (JsonTypeInfo<ChangeOrder>)Options.GetTypeInfo(typeof(ChangeOrder));

    /// <summary>The change orders of an engagement: a plain JSON array of change orders.</summary>
    public JsonTypeInfo<IReadOnlyList<ChangeOrder>> IReadOnlyListChangeOrder => _changeOrders ??= (JsonTypeInfo<IReadOnlyList<ChangeOrder>>)Options.GetTypeInfo(typeof(IReadOnlyList<ChangeOrder>));

    /// <inheritdoc/>
    protected override JsonSerializerOptions? GeneratedSerializerOptions => DefaultOptions;

    /// <summary>The type information of <paramref name="type"/> in this context's options, or null for a type it does not list.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The type information, or null.</returns>
    public override JsonTypeInfo? GetTypeInfo(Type type)
    {
        Options.TryGetTypeInfo(type, out var typeInfo);
        return typeInfo;
    }

    /// <inheritdoc/>
    JsonTypeInfo? IJsonTypeInfoResolver.GetTypeInfo(Type type, JsonSerializerOptions options) =>
        type == typeof(Money) ? Value(options, new MoneyConverter())
        : type == typeof(Agreement) ? Value(options, new AgreementConverter())
        : type == typeof(Plan) ? Value(options, new PlanConverter())
        : type == typeof(EngagementEvent) ? Value(options, new EngagementEventConverter())
        : type == typeof(IReadOnlyList<EngagementEvent>) ? List<EngagementEvent>(options)
        : type == typeof(EngagementCommand) ? Value(options, new EngagementCommandConverter())
        : type == typeof(Assessment) ? Value(options, new AssessmentConverter())
        : type == typeof(ScopeDecision) ? Value(options, new ScopeDecisionConverter())
        : type == typeof(ChangeOrder) ? Value(options, new ChangeOrderConverter())
        : type == typeof(IReadOnlyList<ChangeOrder>) ? List<ChangeOrder>(options)
        : null;

    /// <summary>A value read and written by a converter: the options' own for the type if they hold one, else the package's.</summary>
    private JsonTypeInfo<T> Value<T>(JsonSerializerOptions options, JsonConverter<T> package)
    {
        var typeInfo = JsonMetadataServices.CreateValueInfo<T>(options, ConverterOf(typeof(T), options) ?? package);
        typeInfo.OriginatingResolver = this;
        return typeInfo;
    }

    /// <summary>A plain JSON array of values, each read by the type information of <typeparamref name="T"/>.</summary>
    private JsonTypeInfo<IReadOnlyList<T>> List<T>(JsonSerializerOptions options)
    {
        if (ConverterOf(typeof(IReadOnlyList<T>), options) is { } converter)
        {
            var converted = JsonMetadataServices.CreateValueInfo<IReadOnlyList<T>>(options, converter);
            converted.OriginatingResolver = this;
            return converted;
        }

        var typeInfo = JsonMetadataServices.CreateIEnumerableInfo<IReadOnlyList<T>, T>(options, new JsonCollectionInfoValues<IReadOnlyList<T>>());
        typeInfo.OriginatingResolver = this;
        return typeInfo;
    }

    /// <summary>The first converter of <paramref name="options"/> for <paramref name="type"/> (a factory's, for a factory), or null.</summary>
    private static JsonConverter? ConverterOf(Type type, JsonSerializerOptions options)
    {
        foreach (var converter in options.Converters)
        {
            if (converter.CanConvert(type))
            {
                return converter is JsonConverterFactory factory
                    ? factory.CreateConverter(type, options) ?? throw new InvalidOperationException($"The converter factory {factory.GetType()} made no converter for {type}.")
                    : converter;
            }
        }

        return null;
    }
}
