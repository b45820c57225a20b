using KubeLint.Yaml;

namespace KubeLint.Manifests;

/// <summary>The objects read from one file, and the problems that kept parts of it from being read.</summary>
internal sealed record ManifestContent(IReadOnlyList<K8sObject> Objects, IReadOnlyList<YamlError> Errors);
