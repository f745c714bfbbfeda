"""Dependency scan over a C source tree, the job a build tool does before compiling.

Usage: depscan.py [THREADS] [ROOT]      (defaults: 2, /usr/include)

Worker threads pull header paths from a queue.Queue, read each file and collect its
`#include` lines with `re`. The main thread resolves the include names against the tree
to build the include graph; then the workers compute, per file, the set of files that
depend on it transitively (everything that would be rebuilt if it changed). Prints the
files with the most transitive dependents. The wall time goes to stderr.
"""
import os
import queue
import re
import sys
import threading
import time

INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*([<"])([^>"\n]+)[>"]', re.MULTILINE)
TOP = 15


def list_headers(root):
    paths = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith((".h", ".hpp", ".hh", ".c", ".cc", ".cpp")):
                paths.append(os.path.join(dirpath, name))
    return paths


def scan_worker(todo, results, lock):
    found = {}
    while True:
        path = todo.get()
        if path is None:
            break
        try:
            with open(path, encoding="latin-1") as f:
                text = f.read()
        except OSError:
            continue
        found[path] = [(kind == '"', name.strip()) for kind, name in INCLUDE.findall(text)]
    with lock:
        results.update(found)


def search_dirs(root):
    """The include path: the root, plus multiarch directories such as x86_64-linux-gnu."""
    dirs = [root]
    for name in sorted(os.listdir(root)):
        full = os.path.join(root, name)
        if name.endswith("-linux-gnu") and os.path.isdir(full):
            dirs.append(full)
    return dirs


def resolve(includer, quoted, name, dirs, known):
    if quoted:
        candidate = os.path.normpath(os.path.join(os.path.dirname(includer), name))
        if candidate in known:
            return candidate
    for d in dirs:
        candidate = os.path.normpath(os.path.join(d, name))
        if candidate in known:
            return candidate
    return None


def dependents_worker(todo, users, counts, lock):
    local = {}
    while True:
        chunk = todo.get()
        if chunk is None:
            break
        for target in chunk:
            seen = {target}
            stack = [target]
            while stack:
                node = stack.pop()
                for user in users.get(node, ()):
                    if user not in seen:
                        seen.add(user)
                        stack.append(user)
            local[target] = len(seen) - 1
    with lock:
        counts.update(local)


def run_threads(n, target, args):
    threads = [threading.Thread(target=target, args=args) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    root = os.path.normpath(sys.argv[2]) if len(sys.argv) > 2 else "/usr/include"
    paths = list_headers(root)
    start = time.perf_counter()

    # Phase 1: scan the files.
    todo = queue.Queue()
    for p in paths:
        todo.put(p)
    for _ in range(nthreads):
        todo.put(None)
    includes = {}
    lock = threading.Lock()
    run_threads(nthreads, scan_worker, (todo, includes, lock))

    # Phase 2: the include graph, as "who includes me" edges.
    known = set(includes)
    dirs = search_dirs(root)
    users = {}
    edges = unresolved = 0
    for path in sorted(includes):
        for quoted, name in includes[path]:
            target = resolve(path, quoted, name, dirs, known)
            if target is None:
                unresolved += 1
            elif target != path:
                edges += 1
                users.setdefault(target, set()).add(path)

    # Phase 3: transitive dependents of every included file, in parallel.
    targets = sorted(users)
    todo = queue.Queue()
    for i in range(0, len(targets), 16):
        todo.put(targets[i:i + 16])
    for _ in range(nthreads):
        todo.put(None)
    counts = {}
    run_threads(nthreads, dependents_worker, (todo, users, counts, lock))
    elapsed = time.perf_counter() - start

    print(f"scanned {len(includes)} files under {root}: {edges} include edges, "
          f"{unresolved} unresolved includes")
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    print(f"files with the most transitive dependents:")
    for path, n in ranked[:TOP]:
        print(f"{n:7d}  {os.path.relpath(path, root)}")
    print(f"total transitive dependencies: {sum(counts.values())}")
    print(f"depscan: {nthreads} threads, {elapsed:.3f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
