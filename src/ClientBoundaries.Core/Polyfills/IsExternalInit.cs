#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

/// <summary>
/// Lets the compiler emit records and <c>init</c> accessors for netstandard2.0, whose base library
/// predates them. Internal, so it never clashes with the type in a consumer's framework.
/// </summary>
internal static class IsExternalInit
{
}
#endif
