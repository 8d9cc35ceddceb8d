using System;
using FluentAssertions;

namespace ClientBoundaries.Tests.TestSupport;

/// <summary>
/// One reusable check of the equality contract (after NodaTime's TestHelper.TestEqualsClass):
/// equal values are equal both ways with equal hash codes, unequal ones are not, null is never equal.
/// </summary>
internal static class EqualityContract
{
    public static void Holds<T>(T value, T equalValue, params T[] unequalValues)
        where T : class, IEquatable<T>
    {
        ReferenceEquals(value, equalValue).Should().BeFalse("the contract needs two distinct instances that are equal");
        value.Equals(equalValue).Should().BeTrue();
        equalValue.Equals(value).Should().BeTrue();
        value.Equals((object)equalValue).Should().BeTrue();
        value.GetHashCode().Should().Be(equalValue.GetHashCode());
        IEquatable<T> equatable = value;
        object boxed = value;
        equatable.Equals(null).Should().BeFalse();
        boxed.Equals(null).Should().BeFalse();
        foreach (var unequal in unequalValues)
        {
            value.Equals(unequal).Should().BeFalse($"{value} should differ from {unequal}");
            unequal.Equals(value).Should().BeFalse($"{unequal} should differ from {value}");
            value.Equals((object)unequal).Should().BeFalse();
        }
    }
}
