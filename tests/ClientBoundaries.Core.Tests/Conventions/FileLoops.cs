// Runs in ClientBoundaries.Core.Tests only: see LibrarySources.cs.
#if !LIBRARY_NETSTANDARD2_0
using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ClientBoundaries.Tests.Conventions;

/// <summary>
/// The "uses" relation between the files of each folder (a subfolder's files belong to its top folder), and its loops.
/// </summary>
/// <remarks>
/// File A uses file B when code in A uses (<see cref="LibrarySources.Uses"/>) a type declared in B, a member of it or a
/// type nested in it. The files of one partial type are one node, named by its shortest file name. Files that reach each
/// other make a knot (a strongly connected component), and every elementary loop of a knot is listed, shortest first.
/// A tangled knot can hold more loops than anyone could read: past <see cref="MostLoopsListed"/>, a knot lists instead,
/// for each use that closes a loop, the shortest loop through it, so every use to undo is still shown.
/// </remarks>
internal static class FileLoops
{
    /// <summary>The most loops a knot lists one by one.</summary>
    public const int MostLoopsListed = 100;

    /// <summary>Every loop of every folder, by folder, shortest first, then in the order of their text.</summary>
    public static IReadOnlyList<FileLoop> In(LibrarySources sources) =>
        Knots(sources).SelectMany(k => k.Loops)
            .OrderBy(l => l.Folder, StringComparer.Ordinal)
            .ThenBy(l => l.Files.Count)
            .ThenBy(l => l.Text, StringComparer.Ordinal)
            .ToList();

    /// <summary>The knots of every folder: files that use each other, with their loops, by folder.</summary>
    public static IReadOnlyList<FileKnot> Knots(LibrarySources sources)
    {
        var nodes = Nodes(sources);
        var edges = new Dictionary<FileNode, Dictionary<FileNode, List<Use>>>();
        foreach (var use in sources.Uses)
        {
            var from = nodes[use.From];
            foreach (var to in sources.FilesDeclaring(use.Type).Select(f => nodes[f]).Distinct())
            {
                if (to != from && to.Folder == from.Folder)
                {
                    var targets = edges.TryGetValue(from, out var found) ? found : edges[from] = new Dictionary<FileNode, List<Use>>();
                    (targets.TryGetValue(to, out var uses) ? uses : targets[to] = new List<Use>()).Add(use);
                }
            }
        }

        FileLoop Loop(List<FileNode> ring)
        {
            var rotated = Rotated(ring);
            return new FileLoop(rotated[0].Folder, rotated, rotated.Select((n, i) => (IReadOnlyList<Use>)edges[n][rotated[(i + 1) % rotated.Count]]).ToList());
        }

        var knots = new List<FileKnot>();
        foreach (var component in StronglyConnected(nodes.Values.Distinct().OrderBy(n => n.Label, StringComparer.Ordinal), edges))
        {
            if (component.Count < 2)
            {
                continue;
            }

            var every = Elementary(edges, component);
            var loops = (every ?? Covering(edges, component)).Select(Loop)
                .GroupBy(l => l.Text, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(l => l.Files.Count)
                .ThenBy(l => l.Text, StringComparer.Ordinal)
                .ToList();
            knots.Add(new FileKnot(component.OrderBy(n => n.Label, StringComparer.Ordinal).ToList(), loops, every is not null));
        }

        return knots.OrderBy(k => k.Folder, StringComparer.Ordinal).ThenBy(k => k.Files[0].Label, StringComparer.Ordinal).ToList();
    }

    // Every elementary loop, each found once from its first file in ordinal order (a path from it visits only files
    // after it); null when there are more than MostLoopsListed, or when the search grows too long to finish quickly.
    private static List<List<FileNode>>? Elementary(Dictionary<FileNode, Dictionary<FileNode, List<Use>>> edges, HashSet<FileNode> component)
    {
        var order = component.OrderBy(n => n.Label, StringComparer.Ordinal).Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        var found = new List<List<FileNode>>();
        var steps = 0;
        var path = new List<FileNode>();
        var onPath = new HashSet<FileNode>();

        bool Walk(FileNode start, FileNode node)
        {
            foreach (var next in Targets(edges, node).Where(component.Contains))
            {
                if (++steps > 1_000_000)
                {
                    return false;
                }

                if (next == start)
                {
                    found.Add(path.ToList());
                    if (found.Count > MostLoopsListed)
                    {
                        return false;
                    }
                }
                else if (order[next] > order[start] && onPath.Add(next))
                {
                    path.Add(next);
                    var finished = Walk(start, next);
                    path.RemoveAt(path.Count - 1);
                    onPath.Remove(next);
                    if (!finished)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        foreach (var start in order.Keys)
        {
            path.Add(start);
            onPath.Add(start);
            var finished = Walk(start, start);
            path.Clear();
            onPath.Clear();
            if (!finished)
            {
                return null;
            }
        }

        return found;
    }

    // For each use from one file of the knot to another, the shortest loop through it.
    private static IEnumerable<List<FileNode>> Covering(Dictionary<FileNode, Dictionary<FileNode, List<Use>>> edges, HashSet<FileNode> component) =>
        from user in component
        from used in Targets(edges, user).Where(component.Contains)
        let path = ShortestPath(edges, used, user, component)
        select new[] { user }.Concat(path.Take(path.Count - 1)).ToList();

    private static Dictionary<SourceFile, FileNode> Nodes(LibrarySources sources)
    {
        // Union-find over files: the files that declare one partial type (or a type nested in one) are one node.
        var parent = sources.Files.ToDictionary(f => f, f => f);
        SourceFile Root(SourceFile file) => parent[file] == file ? file : parent[file] = Root(parent[file]);
        foreach (var file in sources.Files)
        {
            foreach (var declaration in file.Tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            {
                if (file.Model.GetDeclaredSymbol(declaration) is INamedTypeSymbol type)
                {
                    var declaring = sources.FilesDeclaring(type);
                    foreach (var other in declaring.Skip(1))
                    {
                        parent[Root(other)] = Root(declaring[0]);
                    }
                }
            }
        }

        return sources.Files
            .GroupBy(Root)
            .Select(group => new FileNode(group.OrderBy(f => f.NameInFolder.Length).ThenBy(f => f.NameInFolder, StringComparer.Ordinal).ToList()))
            .SelectMany(node => node.Files.Select(file => (file, node)))
            .ToDictionary(x => x.file, x => x.node);
    }

    private static IEnumerable<FileNode> Targets(Dictionary<FileNode, Dictionary<FileNode, List<Use>>> edges, FileNode from) =>
        edges.TryGetValue(from, out var targets) ? targets.Keys.OrderBy(n => n.Label, StringComparer.Ordinal) : Enumerable.Empty<FileNode>();

    // Tarjan's algorithm; the graphs are a folder's files, small enough for recursion.
    private static List<HashSet<FileNode>> StronglyConnected(IEnumerable<FileNode> nodes, Dictionary<FileNode, Dictionary<FileNode, List<Use>>> edges)
    {
        var index = new Dictionary<FileNode, int>();
        var low = new Dictionary<FileNode, int>();
        var stack = new Stack<FileNode>();
        var onStack = new HashSet<FileNode>();
        var components = new List<HashSet<FileNode>>();

        void Visit(FileNode node)
        {
            var order = index.Count;
            index[node] = order;
            low[node] = order;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in Targets(edges, node))
            {
                if (!index.TryGetValue(next, out var seen))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }

            if (low[node] == index[node])
            {
                var component = new HashSet<FileNode>();
                FileNode member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (var node in nodes.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return components;
    }

    // Breadth first inside the component, so the path is a shortest one; ties go to the first label in ordinal order.
    private static List<FileNode> ShortestPath(Dictionary<FileNode, Dictionary<FileNode, List<Use>>> edges, FileNode start, FileNode goal, HashSet<FileNode> within)
    {
        var cameFrom = new Dictionary<FileNode, FileNode?> { [start] = null };
        var queue = new Queue<FileNode>(new[] { start });
        while (queue.Count > 0 && !cameFrom.ContainsKey(goal))
        {
            var node = queue.Dequeue();
            foreach (var next in Targets(edges, node).Where(n => within.Contains(n) && !cameFrom.ContainsKey(n)))
            {
                cameFrom[next] = node;
                queue.Enqueue(next);
            }
        }

        var path = new List<FileNode>();
        for (FileNode? node = goal; node is not null; node = cameFrom[node])
        {
            path.Add(node);
        }

        path.Reverse();
        return path;
    }

    // A loop starts at its first label in ordinal order, so one loop reached from two of its uses is reported once.
    private static List<FileNode> Rotated(List<FileNode> ring)
    {
        var first = ring.IndexOf(ring.OrderBy(n => n.Label, StringComparer.Ordinal).First());
        return ring.Skip(first).Concat(ring.Take(first)).ToList();
    }
}

/// <summary>The files of a folder that are one node of the "uses" relation: one file, or the files of one partial type.</summary>
internal sealed class FileNode
{
    public FileNode(IReadOnlyList<SourceFile> files)
    {
        Files = files;
        Folder = files[0].Folder;
        Label = files[0].NameInFolder;
    }

    /// <summary>The files, the shortest name first (the one a partial type is named after).</summary>
    public IReadOnlyList<SourceFile> Files { get; }

    public string Folder { get; }

    /// <summary>The node's name in a loop: its shortest file name inside its folder.</summary>
    public string Label { get; }

    public override string ToString() => Label;
}

/// <summary>Files of one folder that all reach each other through uses, and the loops they make.</summary>
/// <param name="Files">The files, in ordinal order.</param>
/// <param name="Loops">Its loops, shortest first.</param>
/// <param name="Every">Whether <paramref name="Loops"/> is every elementary loop, or (for a knot with more than
/// <see cref="FileLoops.MostLoopsListed"/>) the shortest loop through each use that closes one.</param>
internal sealed record FileKnot(IReadOnlyList<FileNode> Files, IReadOnlyList<FileLoop> Loops, bool Every)
{
    public string Folder => Files[0].Folder;
}

/// <summary>A loop of files inside one folder: each file uses the next, and the last uses the first.</summary>
/// <param name="Folder">The folder.</param>
/// <param name="Files">The files in the loop, starting from the first in ordinal order.</param>
/// <param name="Steps">For each file, its uses of the next one.</param>
internal sealed record FileLoop(string Folder, IReadOnlyList<FileNode> Files, IReadOnlyList<IReadOnlyList<Use>> Steps)
{
    /// <summary>The loop as <c>A.cs -> B.cs -> A.cs</c>.</summary>
    public string Text => string.Join(" -> ", Files.Append(Files[0]).Select(f => f.Label));

    /// <summary>The loop, then each step with the uses that make it, where a reader goes to break it.</summary>
    public string Explained(int usesPerStep = 4) =>
        Text + string.Concat(Files.Select((file, i) =>
        {
            var uses = Steps[i]
                .GroupBy(u => u.Name, StringComparer.Ordinal)
                .Select(g => $"{g.Key} ({g.First().From.Path}:{g.First().Line})")
                .ToList();
            var more = uses.Count > usesPerStep ? $" and {uses.Count - usesPerStep} more" : string.Empty;
            return $"{Environment.NewLine}      {file.Label} -> {Files[(i + 1) % Files.Count].Label}: {string.Join(", ", uses.Take(usesPerStep))}{more}";
        }));
}
#endif
