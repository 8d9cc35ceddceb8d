using System;
using System.IO;
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

// The sample templates: loaded with every check, then through the context and back.
foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "templates"), "*.json"))
{
    var agreement = AgreementTemplate.Load(File.ReadAllText(file));
    Check($"agreement {agreement.Id} v{agreement.Version}, {agreement.Stages.Count} stages", agreement, context.Agreement);
}

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
