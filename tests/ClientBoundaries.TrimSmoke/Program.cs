using System;
using System.Text.Json;
using ClientBoundaries.Primitives;
using ClientBoundaries.Serialization.SystemTextJson;

// Every value goes out and comes back through the source-generated context only.
var context = ClientBoundariesJsonContext.Default;
var failures = 0;

void Check<T>(string what, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
{
    var json = JsonSerializer.Serialize(value, type);
    var back = JsonSerializer.Deserialize(json, type);
    var same = Equals(value, back);
    failures += same ? 0 : 1;
    Console.WriteLine($"{(same ? "ok  " : "FAIL")} {what}: {json.Length} characters");
}

Check("money", new Money(1500.50m, "EUR"), context.Money);

try
{
    JsonSerializer.Deserialize("""{"amount":1}""", context.Money);
    failures++;
    Console.WriteLine("FAIL bad money was accepted");
}
catch (ClientBoundariesJsonException e)
{
    Console.WriteLine($"ok   bad money refused: {e.Problems[0]}");
}

Console.WriteLine(failures == 0 ? "Trimmed round trips: all ok" : $"Trimmed round trips: {failures} failed");
return failures == 0 ? 0 : 1;
