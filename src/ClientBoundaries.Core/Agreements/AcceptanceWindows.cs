using System;
using System.Collections.Generic;
using ClientBoundaries.Primitives;

namespace ClientBoundaries.Agreements;

/// <summary>
/// How many of its business days the client has to accept a stage handed to it, or ask for a revision, and what happens
/// when that window closes without an answer (<see cref="WindowClosingPolicy"/>): a default for every stage the provider
/// hands over, and overrides for single stages.
/// </summary>
/// <remarks>
/// <para>A window covers the provider's stages, whose work the client accepts. It opens at the handoff and counts whole
/// business days of the client's calendar after it: the first is the first business day whose working hours begin at or
/// after the handoff, and the window closes at the end of the working hours of the last. A window of 5 days from a
/// handoff on a Tuesday afternoon runs Wednesday to the next Tuesday, and closes that Tuesday evening.</para>
/// <para><see cref="None"/> (the default) gives no window: an agreement without one behaves as it always did.</para>
/// <para>Immutable and thread-safe; equal when the default, the closing policy and the overrides are equal.</para>
/// </remarks>
public sealed record AcceptanceWindows
{
    /// <summary>The longest window, in business days: ten years of five-day weeks, as a consequence threshold allows.</summary>
    public const int MaxBusinessDays = 2_600;

    private readonly ValueList<KeyValuePair<StageKey, int>> _stageOverrides;

    private AcceptanceWindows(int? defaultBusinessDays, WindowClosingPolicy whenClosed, ValueList<KeyValuePair<StageKey, int>> stageOverrides)
    {
        DefaultBusinessDays = defaultBusinessDays;
        WhenClosed = whenClosed;
        _stageOverrides = stageOverrides;
    }

    /// <summary>No acceptance window: the client may take as long as it likes to accept, as before windows existed.</summary>
    public static AcceptanceWindows None { get; } = new(null, WindowClosingPolicy.DeemsAccepted, ValueList<KeyValuePair<StageKey, int>>.Empty);

    /// <summary>The window of every stage without an override, in the client's business days; null when only the overrides have one.</summary>
    public int? DefaultBusinessDays { get; }

    /// <summary>What happens when a window closes without an answer.</summary>
    public WindowClosingPolicy WhenClosed { get; }

    /// <summary>The stages with a window of their own, in the order they were given, each with its length in the client's business days.</summary>
    public IReadOnlyList<KeyValuePair<StageKey, int>> StageOverrides => _stageOverrides;

    /// <summary>Whether any stage has a window.</summary>
    public bool HasAny => DefaultBusinessDays.HasValue || _stageOverrides.Count > 0;

    /// <summary>Windows of <paramref name="businessDays"/> of the client's business days for every stage the provider hands over.</summary>
    /// <param name="businessDays">The length of each window: 1 to <see cref="MaxBusinessDays"/>.</param>
    /// <param name="whenClosed">What happens when a window closes without an answer.</param>
    /// <returns>The windows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="whenClosed"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="businessDays"/> is out of range.</exception>
    public static AcceptanceWindows Of(int businessDays, WindowClosingPolicy whenClosed)
    {
        Preconditions.CheckArgumentRange(nameof(businessDays), businessDays, 1, MaxBusinessDays);
        return new AcceptanceWindows(businessDays, Preconditions.CheckNotNull(whenClosed, nameof(whenClosed)), ValueList<KeyValuePair<StageKey, int>>.Empty);
    }

    /// <summary>No default window, only the stages given one with <see cref="WithStage"/>.</summary>
    /// <param name="whenClosed">What happens when a window closes without an answer.</param>
    /// <returns>Windows with no stage yet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="whenClosed"/> is null.</exception>
    public static AcceptanceWindows OnlyForStages(WindowClosingPolicy whenClosed) =>
        new(null, Preconditions.CheckNotNull(whenClosed, nameof(whenClosed)), ValueList<KeyValuePair<StageKey, int>>.Empty);

    /// <summary>The same windows with one stage's own length; a second override of the same stage replaces the first.</summary>
    /// <param name="stage">The stage, one the provider owns (checked when the agreement is built).</param>
    /// <param name="businessDays">Its window: 1 to <see cref="MaxBusinessDays"/> of the client's business days.</param>
    /// <returns>New windows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="businessDays"/> is out of range.</exception>
    public AcceptanceWindows WithStage(StageKey stage, int businessDays)
    {
        Preconditions.CheckNotNull(stage, nameof(stage));
        Preconditions.CheckArgumentRange(nameof(businessDays), businessDays, 1, MaxBusinessDays);
        var overrides = new List<KeyValuePair<StageKey, int>>(_stageOverrides.Count + 1);
        foreach (var entry in _stageOverrides)
        {
            if (entry.Key != stage)
            {
                overrides.Add(entry);
            }
        }

        overrides.Add(new KeyValuePair<StageKey, int>(stage, businessDays));
        return new AcceptanceWindows(DefaultBusinessDays, WhenClosed, new ValueList<KeyValuePair<StageKey, int>>(overrides));
    }

    /// <summary>The window of one stage in the client's business days, or null when it has none.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Its override, else the default, else null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    public int? BusinessDaysFor(StageKey stage)
    {
        Preconditions.CheckNotNull(stage, nameof(stage));
        foreach (var entry in _stageOverrides)
        {
            if (entry.Key == stage)
            {
                return entry.Value;
            }
        }

        return DefaultBusinessDays;
    }

    /// <summary>"5 business day(s), then DeemsAccepted (+1 stage override(s))", or "none".</summary>
    /// <returns>The windows as text, for logs.</returns>
    public override string ToString() => Sentences.English("value.acceptance-windows", new[] { Fact.Of("windows", this) });
}
