# The build-tool case: T threads take paths from a queue.Queue, read each header, find
# `#include` lines with `re`, and merge the edges into a shared dict under a lock.
# Usage: depscan.py T [ROOT] (default ROOT: /usr/include).
#
# The directory walk is part of the parallel work, as in parallel build tools and
# ripgrep: the queue holds directories; a worker lists one, puts its subdirectories back
# on the queue and scans its headers. (An earlier version walked the whole tree on the
# main thread first: that serial walk was a third of the run, which capped any
# interpreter's 2-thread speedup near 1.5x.) `queue.join()` tells when the tree is done.
import os
import queue
import re
import sys
import threading

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
ROOT = sys.argv[2] if len(sys.argv) > 2 else "/usr/include"

INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)

work = queue.Queue()
work.put(ROOT)
edges = {}
lock = threading.Lock()


def scan_file(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError):
        return
    found = INCLUDE.findall(text)
    with lock:
        edges[path] = found


def scan_dir(top):
    try:
        names = os.listdir(top)
    except OSError:
        return
    for name in names:
        path = os.path.join(top, name)
        if os.path.isdir(path):
            if not os.path.islink(path):
                work.put(path)
        elif name.endswith(".h"):
            scan_file(path)


def worker():
    while True:
        top = work.get()
        if top is None:
            work.task_done()
            return
        scan_dir(top)
        work.task_done()


ts = [threading.Thread(target=worker) for _ in range(T)]
for t in ts:
    t.start()
work.join()
for _ in ts:
    work.put(None)
for t in ts:
    t.join()
print(T, len(edges), sum(len(v) for v in edges.values()))
