#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

/// <summary>Lets the compiler build an interpolated string through a handler (built into .NET 6 and later).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
internal sealed class InterpolatedStringHandlerAttribute : Attribute
{
}

/// <summary>Names the arguments a handler's constructor receives (built into .NET 6 and later).</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
internal sealed class InterpolatedStringHandlerArgumentAttribute : Attribute
{
    /// <summary>One argument.</summary>
    /// <param name="argument">Its parameter's name.</param>
    public InterpolatedStringHandlerArgumentAttribute(string argument) => Arguments = new[] { argument };

    /// <summary>Several arguments.</summary>
    /// <param name="arguments">Their parameters' names.</param>
    public InterpolatedStringHandlerArgumentAttribute(params string[] arguments) => Arguments = arguments;

    /// <summary>The parameters' names.</summary>
    public string[] Arguments { get; }
}
#endif
