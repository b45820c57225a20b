namespace KubeLint.Tests;

public class SmokeTests
{
    [Test]
    public void Runs() => Assert.That(Environment.ProcessorCount, Is.Positive);
}
