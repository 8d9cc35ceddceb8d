using System;
using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using ClientBoundaries.Agreements;
using FluentAssertions;
using Xunit;

namespace ClientBoundaries.Tests.Conventions;

/// <summary>Rules every public type keeps, checked by reflection so a new type cannot forget them.</summary>
public class PublicApiConventionTests
{
    private static readonly Assembly Library = typeof(Agreement).Assembly;

    private static readonly Type[] PublicTypes = Library.GetExportedTypes();

    // The builders are the one mutable kind of type, and say so in their docs.
    private static readonly Type[] Builders = { typeof(AgreementBuilder), typeof(StageBuilder) };

    [Fact]
    public void Public_types_are_sealed_static_or_closed_to_outside_subclasses()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Any(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly))
            .Where(t => !IsRecordCopyConstructorOnly(t))
            .Select(t => t.FullName);

        open.Should().BeEmpty("outside code must not be able to subclass a value and break its invariants");
    }

    [Fact]
    public void Public_values_have_no_public_setters_or_writable_fields()
    {
        var writable = PublicTypes
            .Except(Builders)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => $"{t.Name}.{p.Name}")
                .Concat(t.GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => !f.IsInitOnly).Select(f => $"{t.Name}.{f.Name}")));

        writable.Should().BeEmpty("values are immutable");
    }

    [Fact]
    public void Tests_run_against_the_intended_build_of_the_library()
    {
        var framework = Library.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;

#if LIBRARY_NETSTANDARD2_0
        framework.Should().Be(".NETStandard,Version=v2.0");
#else
        framework.Should().Be(".NETCoreApp,Version=v10.0");
#endif
    }

    // Abstract records get a protected copy constructor from the compiler; it cannot be used to
    // subclass them from outside when they have an abstract member only the library can see.
    private static bool IsRecordCopyConstructorOnly(Type type) =>
        type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(c => c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly)
            .All(c => c.GetParameters() is [var only] && only.ParameterType == type)
        && type.GetMethods(BindingFlags.NonPublic | BindingFlags.Instance).Any(m => m.IsAbstract && (m.IsFamilyAndAssembly || m.IsAssembly));
}
