using YamlDotNet.RepresentationModel;

var jobs = 1;
var paths = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] is "-j" or "--jobs" && i + 1 < args.Length)
    {
        jobs = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
    }
    else
    {
        paths.Add(args[i]);
    }
}

string[] extensions = [".yaml", ".yml", ".json"];
var files = paths
    .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p])
    .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
    .OrderByDescending(f => new FileInfo(f).Length)
    .ToArray();

var documents = 0;
var failures = 0;
Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = jobs }, file =>
{
    try
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(file);
        stream.Load(reader);
        Interlocked.Add(ref documents, stream.Documents.Count);
    }
    catch (Exception)
    {
        Interlocked.Increment(ref failures);
    }
});

Console.WriteLine($"{files.Length} files, {documents} documents, {failures} not parsed");
