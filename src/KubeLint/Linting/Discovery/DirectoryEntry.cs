using System.IO.Enumeration;

namespace KubeLint.Linting.Discovery;

/// <summary>
/// A folder's entry as the directory listing gives it: whether it is a folder and whether it is a
/// link come with the listing, so a walk asks the file system again only about links (asking every
/// entry for a link target cost a system call per file and per folder).
/// </summary>
/// <param name="Name">The entry's name.</param>
/// <param name="FullName">Its full path.</param>
/// <param name="IsDirectory">Whether it is a folder (a link counts as what it points to).</param>
/// <param name="IsLink">Whether it is a symbolic link (or another reparse point).</param>
/// <param name="Length">A file's size in bytes, from the same look-up (a link's is its target's, asked when needed).</param>
internal sealed record DirectoryEntry(string Name, string FullName, bool IsDirectory, bool IsLink, long Length)
{
    /// <summary>Every entry of <paramref name="folder"/>, hidden ones included, in ordinal order of name; throws as listing the folder does.</summary>
    public static DirectoryEntry[] Of(string folder)
    {
        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };
        var entries = new FileSystemEnumerable<DirectoryEntry>(
            folder,
            static (ref FileSystemEntry entry) =>
            {
                var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
                return new DirectoryEntry(entry.FileName.ToString(), entry.ToFullPath(), entry.IsDirectory, isLink, isLink || entry.IsDirectory ? -1 : entry.Length);
            },
            options).ToArray();
        Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return entries;
    }
}
