namespace KubeLint.Manifests.Index;

/// <summary>
/// Where an object was deployed from, for deciding which definitions may take a finding away from
/// it. A run is read as one cluster, so a binding, role or Service anywhere in the run adds findings
/// to every object it reaches; but a definition that would remove one (a ServiceAccount that turns
/// its token off, a ConfigMap that turns an admin UI's login on) counts only when it is deployed
/// with the object: from the same chart render or kustomize build, or, for plain files, from the
/// object's own folder or a folder above it. A file added anywhere else cannot silence a pod.
/// </summary>
/// <param name="Render">The chart or kustomization folder whose render held the object, or null for a plain file.</param>
/// <param name="Folder">The object's folder (a render's folder for rendered objects); empty for standard input.</param>
internal sealed record JoinScope(string? Render, string Folder)
{
    /// <summary>Objects read from standard input or other text given in memory.</summary>
    public static JoinScope InMemory { get; } = new(null, string.Empty);

    public static JoinScope OfRender(string directory) => new(directory, directory);

    public static JoinScope OfFile(string fullPath) => new(null, Path.GetDirectoryName(fullPath) ?? string.Empty);

    /// <summary>Whether a definition with this scope may decide something for an object with <paramref name="user"/>'s scope.</summary>
    public bool Covers(JoinScope user)
    {
        if (Render is not null)
        {
            return Render == user.Render;
        }

        if (Folder.Length == 0 || user.Folder.Length == 0)
        {
            return Folder == user.Folder;
        }

        var withSlash = Path.EndsInDirectorySeparator(Folder) ? Folder : Folder + Path.DirectorySeparatorChar;
        return user.Folder == Folder || user.Folder.StartsWith(withSlash, StringComparison.Ordinal);
    }
}
