# The build-tool case: T threads take file paths from a queue.Queue, read each file, find
# `#include` lines with `re`, and merge the edges into a shared dict under a lock.
# Usage: depscan.py T [ROOT] (default ROOT: /usr/include).
import os
import queue
import re
import sys
import threading

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
ROOT = sys.argv[2] if len(sys.argv) > 2 else "/usr/include"
LIMIT = 4000

INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)

paths = []
for dirpath, dirnames, filenames in os.walk(ROOT):
    dirnames.sort()
    for name in sorted(filenames):
        if name.endswith(".h"):
            paths.append(os.path.join(dirpath, name))
    if len(paths) >= LIMIT:
        break
paths = paths[:LIMIT]

work = queue.Queue()
for p in paths:
    work.put(p)
for _ in range(T):
    work.put(None)

edges = {}
lock = threading.Lock()


def scan():
    while True:
        p = work.get()
        if p is None:
            return
        try:
            with open(p, encoding="utf-8", errors="replace") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError):
            continue
        found = INCLUDE.findall(text)
        with lock:
            edges[p] = found


ts = [threading.Thread(target=scan) for _ in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(T, len(edges), sum(len(v) for v in edges.values()) > 0)
