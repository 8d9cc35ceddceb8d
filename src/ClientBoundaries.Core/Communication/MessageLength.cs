using Ardalis.SmartEnum;

namespace ClientBoundaries.Communication;

/// <summary>How long a party likes its messages: short and to the point, or detailed.</summary>
/// <remarks>The numeric values are a persistence contract and never change. Immutable and thread-safe.</remarks>
public sealed class MessageLength : SmartEnum<MessageLength>
{
    /// <summary>A few lines: what is needed, by when.</summary>
    public static readonly MessageLength Short = new(nameof(Short), 1);

    /// <summary>The full picture: context, options, reasons.</summary>
    public static readonly MessageLength Detailed = new(nameof(Detailed), 2);

    private MessageLength(string name, int value)
        : base(name, value)
    {
    }
}
