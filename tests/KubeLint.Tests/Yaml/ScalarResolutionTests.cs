using KubeLint.Yaml;

namespace KubeLint.Tests.Yaml;

public class ScalarResolutionTests
{
    private static YamlScalar Scalar(string yaml) =>
        (YamlScalar)((YamlMapping)YamlLoader.Load($"v: {yaml}\n").Documents[0].Root)["v"]!;

    [TestCase("true", true)]
    [TestCase("True", true)]
    [TestCase("TRUE", true)]
    [TestCase("yes", true)]
    [TestCase("Yes", true)]
    [TestCase("YES", true)]
    [TestCase("on", true)]
    [TestCase("On", true)]
    [TestCase("ON", true)]
    [TestCase("y", true)]
    [TestCase("Y", true)]
    [TestCase("false", false)]
    [TestCase("no", false)]
    [TestCase("No", false)]
    [TestCase("off", false)]
    [TestCase("OFF", false)]
    [TestCase("n", false)]
    public void Plain_yaml11_booleans_resolve_as_kubernetes_reads_them(string text, bool expected)
    {
        var scalar = Scalar(text);
        Assert.Multiple(() =>
        {
            Assert.That(scalar.ResolvedType, Is.EqualTo(YamlScalarType.Boolean));
            Assert.That(scalar.TryGetBoolean(out var value), Is.True);
            Assert.That(value, Is.EqualTo(expected));
        });
    }

    [TestCase("\"true\"")]
    [TestCase("'yes'")]
    [TestCase("yEs")]
    [TestCase("!!str true")]
    [TestCase("enabled")]
    public void Quoted_tagged_and_mixed_case_words_are_strings(string text)
    {
        var scalar = Scalar(text);
        Assert.Multiple(() =>
        {
            Assert.That(scalar.ResolvedType, Is.EqualTo(YamlScalarType.String));
            Assert.That(scalar.TryGetBoolean(out _), Is.False);
        });
    }

    [TestCase("0", 0L)]
    [TestCase("1000", 1000L)]
    [TestCase("-1", -1L)]
    [TestCase("+42", 42L)]
    [TestCase("0x1F", 31L)]
    [TestCase("0o17", 15L)]
    [TestCase("017", 15L)]
    [TestCase("0b101", 5L)]
    [TestCase("1_000", 1000L)]
    [TestCase("00", 0L)]
    public void Plain_yaml11_integers_resolve(string text, long expected)
    {
        var scalar = Scalar(text);
        Assert.Multiple(() =>
        {
            Assert.That(scalar.ResolvedType, Is.EqualTo(YamlScalarType.Integer));
            Assert.That(scalar.TryGetInt64(out var value), Is.True);
            Assert.That(value, Is.EqualTo(expected));
        });
    }

    [TestCase("\"0\"", YamlScalarType.String)]
    [TestCase("1.5", YamlScalarType.Float)]
    [TestCase("1e3", YamlScalarType.Float)]
    [TestCase(".inf", YamlScalarType.Float)]
    [TestCase("99999999999999999999", YamlScalarType.Float)]
    [TestCase("~", YamlScalarType.Null)]
    [TestCase("null", YamlScalarType.Null)]
    [TestCase("", YamlScalarType.Null)]
    [TestCase("'null'", YamlScalarType.String)]
    public void Other_scalars_resolve_to_their_types(string text, YamlScalarType expected) =>
        Assert.That(Scalar(text).ResolvedType, Is.EqualTo(expected));
}
