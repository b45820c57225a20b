using KubeLint.Manifests;
using KubeLint.Yaml;

namespace KubeLint.Tests.Manifests;

public class StringMapTests
{
    private static YamlMapping Mapping(string yaml) => (YamlMapping)YamlLoader.Load(yaml).Documents[0].Root!;

    private static Dictionary<string, string> AsDictionaryWould(YamlMapping mapping)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (entry.KeyText is { } key && entry.Value is YamlScalar value)
            {
                map[key] = value.Value;
            }
        }

        return map;
    }

    [TestCase(3)]
    [TestCase(32)]
    [TestCase(33)]
    [TestCase(500)]
    public void Reads_a_mapping_as_a_dictionary_does_at_any_size_and_keeps_it_so_when_pooled(int entries)
    {
        var lines = Enumerable.Range(0, entries).Select(i => $"key-{i % (entries / 3 + 1)}: value-{i}")
            .Append("nested: {a: b}")
            .Append("list: [x]");
        var mapping = Mapping(string.Join('\n', lines));

        var expected = AsDictionaryWould(mapping);
        var read = StringMap.Of(mapping);
        foreach (var map in new[] { read, StringMap.Kept(read, new StringPool()) })
        {
            AssertReadsAs(map, expected);
        }
    }

    private static void AssertReadsAs(IReadOnlyDictionary<string, string> map, Dictionary<string, string> expected) =>
        Assert.Multiple(() =>
        {
            Assert.That(map, Is.EqualTo(expected.ToList()), "entries, values and order (a repeated key keeps its first place and takes its last value)");
            Assert.That(map.Count, Is.EqualTo(expected.Count));
            Assert.That(map.Keys, Is.EqualTo(expected.Keys));
            Assert.That(map.Values, Is.EqualTo(expected.Values));
            Assert.That(map.ContainsKey("nested"), Is.False, "a value that is not a scalar is left out");
            Assert.That(map.TryGetValue("absent", out _), Is.False);
            Assert.That(() => map["absent"], Throws.TypeOf<KeyNotFoundException>());
            foreach (var (key, value) in expected)
            {
                Assert.That(map[key], Is.EqualTo(value));
                Assert.That(map.ContainsKey(key), Is.True);
            }
        });

    [Test]
    public void Equal_keys_and_short_values_of_different_maps_are_one_string_and_long_values_are_not_pooled()
    {
        var pool = new StringPool();
        var longValue = new string('v', 65);
        var first = StringMap.Kept(StringMap.Of(Mapping($"app.kubernetes.io/name: web\nchecksum: {longValue}")), pool);
        var second = StringMap.Kept(StringMap.Of(Mapping($"app.kubernetes.io/name: web\nchecksum: {longValue}")), pool);
        Assert.Multiple(() =>
        {
            Assert.That(ReferenceEquals(first.Keys.First(), second.Keys.First()), Is.True);
            Assert.That(ReferenceEquals(first["app.kubernetes.io/name"], second["app.kubernetes.io/name"]), Is.True);
            Assert.That(ReferenceEquals(first["checksum"], second["checksum"]), Is.False);
            Assert.That(StringMap.Of(null), Is.Empty);
            Assert.That(StringMap.Kept(StringMap.Empty, pool), Is.Empty);
        });
    }
}
