#!/usr/bin/env python3
"""Robustness fuzzer for Fibra: generates small adversarial snippets and runs each under fibra.

Every snippet runs in its own process (cwd: a scratch directory, address space capped) with a
timeout. A snippet is *flagged* when fibra

  - dies by a signal (SIGSEGV, SIGABRT, ...),
  - prints "panicked at", "RUST_BACKTRACE", "stack overflow" or "fatal runtime error",
  - runs past the timeout (a hang), or
  - exits with a code other than 0 or 1.

Snippets that wrap many calls print a marker before each call, so a flagged snippet is reduced
to the one call that crashed; the reduced repro is re-run to confirm it, and (for hangs) run
under python3 too: a snippet that hangs in CPython as well is reported as benign, not a bug.

Usage:
    python3 tests/fuzz/gen_snippets.py --fibra target/debug/fibra
    python3 tests/fuzz/gen_snippets.py --fibra target/debug/fibra --only special,syntax -j 4
    python3 tests/fuzz/gen_snippets.py --list            # print the snippets, run nothing

Exit status: 0 when nothing was flagged, 1 otherwise. Repros of flagged snippets are written to
--out (default /tmp/fibra-fuzz/flagged/).
"""

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

CRASH_MARKERS = ("panicked at", "RUST_BACKTRACE", "stack overflow", "fatal runtime error",
                 "memory allocation of")

# ---------------------------------------------------------------------------------------------
# The prelude: adversarial helper objects shared by every generated snippet.
# ---------------------------------------------------------------------------------------------

PRELUDE = r'''
import sys
class BadEq:
    def __eq__(self, o): raise ValueError("eq")
    def __hash__(self): return 1
class BadHash:
    def __hash__(self): raise ValueError("hash")
class WrongHash:
    def __hash__(self): return "x"
class BigHash:
    def __hash__(self): return 10**100
class BadLen:
    def __len__(self): raise ValueError("len")
class NegLen:
    def __len__(self): return -1
class HugeLen:
    def __len__(self): return 2**64
class StrLen:
    def __len__(self): return "3"
class BadIndex:
    def __index__(self): raise ValueError("index")
class StrIndex:
    def __index__(self): return "3"
class HugeIndex:
    def __index__(self): return 2**100
class BadIter:
    def __iter__(self): raise ValueError("iter")
class IterNotIter:
    def __iter__(self): return 5
class NextRaises:
    def __iter__(self): return self
    def __next__(self): raise ValueError("next")
class BadStr:
    def __str__(self): raise ValueError("str")
    def __repr__(self): return 5
class BadBool:
    def __bool__(self): return 2
class BadFloat:
    def __float__(self): return "x"
class BadInt:
    def __int__(self): return 1.5
class BadLt:
    def __lt__(self, o): raise ValueError("lt")
class BadGetitem:
    def __getitem__(self, i): raise ValueError("gi")
    def __len__(self): return 3
class Everything(BadEq, ):
    def __len__(self): return 2
    def __iter__(self): return iter([1, 2])
    def __index__(self): return 2
    def __getitem__(self, i): return i
sref = [1]; sref.append(sref)
dref = {}; dref[1] = dref
def _t(i, f):
    print("@", i, flush=True)
    try:
        r = f()
        repr(r)
        str(r)
    except BaseException as e:
        pass
'''

# Argument expressions (evaluated inside the snippet). Avoid mid-size numbers (2**31 ..
# 2**40) that make CPython itself allocate gigabytes; huge ones must fail fast.
VALUES = [
    "None", "'abc'", "''", "'\\x00'", "'é€😀'", "1.5", "0", "1", "-1", "3", "10**100",
    "-10**100", "-2**63", "2**63", "2**64", "2**62", "-2**62", "float('nan')", "float('inf')",
    "float('-inf')", "b'abc'", "bytearray(b'xy')", "[1, 2]", "(1,)", "{}", "{1: 2}", "{1, 2}",
    "BadEq()", "BadHash()", "WrongHash()", "BigHash()", "BadLen()", "NegLen()", "HugeLen()",
    "StrLen()", "BadIndex()", "StrIndex()", "HugeIndex()", "BadIter()", "IterNotIter()",
    "NextRaises()", "BadStr()", "BadBool()", "BadFloat()", "BadInt()", "BadLt()",
    "BadGetitem()", "Everything()", "object()", "len", "int", "True", "slice(None, None, -1)",
    "range(3)", "sref", "dref", "[BadLt(), BadLt()]", "[3, 'a', None]", "iter([1])",
]

KWARGS = ["key=None", "reverse=1", "x=1", "key=BadLt", "default=BadEq()", "sep=None",
          "end=5", "maxsplit=2**64", "start=2**63", "fillvalue=sref", "strict=True"]


def argsets(rng, n1=None):
    """The argument lists tried for every callable: arity 0..3, and a few keyword calls."""
    sets = [""]
    sets += VALUES if n1 is None else rng.sample(VALUES, n1)
    for _ in range(24):
        sets.append(", ".join(rng.sample(VALUES, 2)))
    for _ in range(12):
        sets.append(", ".join(rng.sample(VALUES, 3)))
    for _ in range(6):
        sets.append(", ".join(rng.sample(VALUES, 4) + rng.sample(KWARGS, 1)))
    for kw in KWARGS:
        sets.append(kw)
    return sets


# Receivers: (label, factory expression, setup lines). A fresh receiver is built per call.
RECEIVERS = [
    ("int", "7", ""), ("bigint", "10**30", ""), ("negint", "-5", ""), ("bool", "True", ""),
    ("float", "2.5", ""), ("nan", "float('nan')", ""),
    ("str", "'hello world'", ""), ("str_uni", "'héllo wörld ǅ'", ""),
    ("bytes", "b'hello world'", ""), ("bytearray", "bytearray(b'hello world')", ""),
    ("memoryview", "memoryview(bytearray(b'hello world'))", ""),
    ("memoryview_ro", "memoryview(b'hello world')[::2]", ""),
    ("list", "[3, 1, 2]", ""), ("list_self", "sref", ""), ("tuple", "(1, 'a', None)", ""),
    ("dict", "{'a': 1, 2: 'b'}", ""), ("dict_self", "dref", ""),
    ("set", "{1, 2, 3}", ""), ("frozenset", "frozenset({1, 2})", ""),
    ("range", "range(1, 10, 2)", ""), ("bigrange", "range(-2**62, 2**62, 3)", ""),
    ("slice", "slice(1, 10, 2)", ""), ("type", "int", ""), ("object", "object()", ""),
    ("exception", "ValueError('x', 2)", ""), ("function", "(lambda *a, **k: a)", ""),
    ("gen", "(x for x in [1, 2, 3])", ""),
    ("gen_started", "_started()",
     "def _started():\n    g = (x for x in [1, 2, 3]); next(g); return g"),
    ("file_r", "open(__file__)", ""), ("file_w", "open('fuzz_scratch.txt', 'w')", ""),
    ("file_rb", "open(__file__, 'rb')", ""),
    ("pattern", "re.compile(r'(a)(?P<n>b)?')", "import re"),
    ("match", "re.match(r'(a)(?P<n>b)?', 'ab')", "import re"),
    ("deque", "collections.deque([1, 2, 3])", "import collections"),
    ("deque_max", "collections.deque([1, 2, 3], 2)", "import collections"),
    ("counter", "collections.Counter('abca')", "import collections"),
    ("ordereddict", "collections.OrderedDict(a=1, b=2)", "import collections"),
    ("userdict", "collections.UserDict(a=1)", "import collections"),
    ("userlist", "collections.UserList([1, 2])", "import collections"),
    ("userstring", "collections.UserString('ab')", "import collections"),
    ("defaultdict", "collections.defaultdict(list, a=[1])", "import collections"),
    ("namedtuple", "collections.namedtuple('P', 'x y')(1, 2)", "import collections"),
    ("partial", "functools.partial(max, 1)", "import functools"),
    ("count", "itertools.count(2**62)", "import itertools"),
    ("chain", "itertools.chain([1], 'ab')", "import itertools"),
    ("lock", "threading.Lock()", "import threading"),
    ("rlock", "threading.RLock()", "import threading"),
    ("thread", "threading.Thread(target=print)", "import threading"),
    ("event", "threading.Event()", "import threading"),
    ("random", "random.Random(5)", "import random"),
    ("struct", "struct.Struct('<iq')", "import struct"),
    ("array_i", "array.array('i', [1, 2, 3])", "import array"),
    ("array_u", "array.array('u', 'abc')", "import array"),
    ("array_d", "array.array('d', [0.5, -1.0])", "import array"),
    ("stringio", "io.StringIO('ab\\ncd')", "import io"),
]

MODULES = ["builtins", "math", "os", "os.path", "sys", "time", "struct", "array", "random", "re", "json",
           "collections", "itertools", "functools", "copy", "threading", "heapq", "bisect",
           "operator", "string", "textwrap"]

# Names not to call blindly (they block on stdin, end the process on purpose, or touch the
# real file system outside the scratch directory in ways a fuzzer should not).
SKIP = {"builtins.input", "builtins.exit", "builtins.quit", "builtins.help",
        "builtins.breakpoint", "sys.exit", "os._exit", "os.removedirs", "os.walk",
        "shutil.rmtree", "os.chdir", "threading.excepthook", "os.makedirs",
        "time.sleep", "threading.Timer", "builtins.open"}


def wrap(setup, calls):
    """A snippet: the prelude, setup lines, then each call under _t with a numbered marker."""
    body = [PRELUDE, setup]
    for i, c in enumerate(calls):
        body.append("_t(%d, lambda: %s)" % (i, c))
    return "\n".join(body) + "\n"


def method_snippets(fibra, rng):
    """One snippet per (receiver, method): every argument set, on a fresh receiver."""
    out = []
    listing = "\n".join(s for _, _, s in RECEIVERS if s)
    names = {}
    prog = [PRELUDE, listing]
    for label, expr, setup in RECEIVERS:
        prog.append("print(%r, *dir(%s))" % (label, expr))
    res = run_one(fibra, "\n".join(prog) + "\n", 20)
    for line in res["stdout"].splitlines():
        parts = line.split()
        if parts:
            names[parts[0]] = parts[1:]
    for label, expr, setup in RECEIVERS:
        for name in names.get(label, []):
            if name in ("__init_subclass__",):
                continue
            calls = ["(%s).%s(%s)" % (expr, name, a) for a in argsets(rng)]
            out.append(("method:%s.%s" % (label, name), wrap(setup, calls)))
    return out


UNBOUND_TYPES = ["int", "float", "str", "bytes", "bytearray", "list", "tuple", "dict", "set",
                 "frozenset", "range", "slice", "type", "object", "BaseException", "OSError",
                 "type(open(__file__))", "type(re.compile('a'))", "type(re.match('a', 'a'))",
                 "type(iter([]))", "type({}.keys())", "type(x for x in [])", "type(len)",
                 "type(lambda: 0)", "type(sys)", "collections.deque", "threading.Thread",
                 "type(threading.Lock())", "struct.Struct", "random.Random", "io.StringIO",
                 "array.array"]


def unbound_snippets(fibra, rng):
    """One snippet per (type, method), called through the type: no or a wrong receiver."""
    out = []
    setup = "import re, collections, threading, struct, random, io, array"
    prog = [PRELUDE, setup]
    for i, t in enumerate(UNBOUND_TYPES):
        prog.append("print(%d, *dir(%s))" % (i, t))
    res = run_one(fibra, "\n".join(prog) + "\n", 20)
    for line in res["stdout"].splitlines():
        parts = line.split()
        if not parts or not parts[0].isdigit():
            continue
        t = UNBOUND_TYPES[int(parts[0])]
        for name in parts[1:]:
            if name in ("__init_subclass__", "__subclasshook__"):
                continue
            calls = ["(%s).%s(%s)" % (t, name, a) for a in argsets(rng, 12)]
            out.append(("unbound:%s.%s" % (t, name), wrap(setup, calls)))
    return out


def module_snippets(fibra, rng):
    """One snippet per module-level callable of each module (and of the classes they export)."""
    out = []
    prog = [PRELUDE]
    for m in MODULES:
        imp = "import builtins" if m == "builtins" else "import %s" % m
        prog.append(imp)
        prog.append("print(%r, *[n for n in dir(%s) if callable(getattr(%s, n))])" % (m, m, m))
    res = run_one(fibra, "\n".join(prog) + "\n", 20)
    for line in res["stdout"].splitlines():
        parts = line.split()
        if not parts:
            continue
        m, fns = parts[0], parts[1:]
        for fn in fns:
            full = "%s.%s" % (m, fn)
            if full in SKIP or (m == "os" and fn in ("rmdir", "remove", "unlink", "rename",
                                                     "replace", "mkdir")):
                continue
            imp = "import builtins" if m == "builtins" else "import %s" % m
            calls = ["%s(%s)" % (full, a) for a in argsets(rng)]
            out.append(("module:%s" % full, wrap(imp, calls)))
    return out


# Hand-written snippets: sizes, formatting, deep nesting, generators, reentrancy, imports,
# threads. Each is a complete program; each statement that should raise is caught, so the
# expected outcome is exit 0 (or a clean uncaught exception, exit 1).
with open(os.path.join(HERE, "special.txt"), encoding="utf-8") as _f:
    SPECIAL = _f.read()


def special_snippets():
    out = []
    chunks = SPECIAL.split("\n### ")
    counters = {}
    for chunk in chunks:
        chunk = chunk.strip("\n")
        if not chunk:
            continue
        if chunk.startswith("### "):
            chunk = chunk[4:]
        head, _, body = chunk.partition("\n")
        n = counters.get(head, 0)
        counters[head] = n + 1
        out.append(("special:%s#%d" % (head, n), PRELUDE + body + "\n"))
    return out


# Statements are also tried one by one: split each special snippet whose body is a sequence of
# `;`-separated simple statements into single guarded statements, so one early exception does
# not hide the others.
def split_special(snippets):
    out = []
    for name, src in snippets:
        body = src[len(PRELUDE):]
        lines = [l for l in body.splitlines() if l.strip()]
        if len(lines) == 0 or any(l.startswith((" ", "\t")) or l.rstrip().endswith(":")
                                  for l in lines):
            continue
        last = lines[-1]
        if ";" not in last or "'" in last and ";" in last.split("'")[1::2].__str__():
            continue
        setup = "\n".join(lines[:-1])
        stmts = [s.strip() for s in last.split(";") if s.strip()]
        if len(stmts) < 2 or any("=" in s.split("(")[0] and "==" not in s for s in stmts):
            continue
        out.append((name + "/split", wrap(setup, stmts)))
    return out


# ---------------------------------------------------------------------------------------------
# Concurrency snippets: containers handed between threads while both write (owner lock
# elision), items read into locals while another thread frees them (epoch borrows),
# generators resumed by another thread, sleep(0) polling, recursion, escaping exceptions and
# huge allocations inside threads. Each is a complete, bounded program. A consistency check
# that fails appends to BAD; the snippet then exits with code 70, which the verdict flags.
# ---------------------------------------------------------------------------------------------

CONC_HEAD = r'''
import threading, time, gc
BAD = []
def _bad(*why):
    BAD.append(why)
def _run(*fns):
    ts = [threading.Thread(target=f) for f in fns]
    for t in ts: t.start()
    for t in ts: t.join()
def _end():
    if BAD:
        print("CORRUPT", BAD[:3], flush=True)
        sys.exit(70)
'''

# Container kinds: (label, factory of a fresh container from int i, one write step on
# container c with int i (may raise; caught), consistency check of c).
HANDOFF_KINDS = [
    ("dict", "{i: i}",
     "c[i % 7] = i; c[str(i)] = [i]; c.pop((i + 3) % 7, None); c.pop(str(i - 2), None)\n"
     "if i % 5 == 0: c.update({j: (j,) for j in range(i % 23)})\n"
     "if i % 11 == 0: c.clear()",
     "ks = list(c); len(c) == len(ks) or _bad('dict len', len(c), len(ks))\n"
     "for k in ks: c.get(k, BAD) is not BAD or _bad('dict key lost', k)"),
    ("strdict", "{'k%d' % i: i}",
     "c['k%d' % (i % 13)] = [i]; c.pop('k%d' % ((i + 5) % 13), None); c.setdefault('s', i)\n"
     "if i % 17 == 0: c.update(('u%d' % j, j) for j in range(i % 40))",
     "for k in list(c): k in c or _bad('strdict key lost', k)"),
    ("set", "{i}",
     "c.add(i % 11); c.add(str(i)); c.discard((i + 4) % 11); c.discard(str(i - 3))\n"
     "if i % 9 == 0: c |= set(range(i % 30))\n"
     "if i % 13 == 0: c.clear()",
     "xs = list(c); len(xs) == len(c) or _bad('set len', len(xs), len(c))\n"
     "for x in xs: x in c or _bad('set item lost', x)"),
    ("list", "[i]",
     "c.append(i); c.append([i]); c.insert(0, (i,))\n"
     "if len(c) > 12: del c[:5]\n"
     "c.pop()\n"
     "if i % 7 == 0: c.sort(key=str)\n"
     "if i % 5 == 0: c.reverse(); c[::2] = c[::2]\n"
     "if i % 19 == 0: c.clear(); c.extend(range(i % 9))",
     "xs = list(c); len(xs) == len(c) or _bad('list len', len(xs), len(c))\n"
     "for x in xs: repr(x)"),
    ("inst", "_O(i)",
     "c.a = i; setattr(c, 'x%d' % (i % 9), [i]); c.__dict__.pop('x%d' % ((i + 4) % 9), None)\n"
     "if i % 3 == 0: del c.a",
     "d = c.__dict__\n"
     "for k in list(d): getattr(c, k, BAD) is not BAD or _bad('attr lost', k)"),
    ("class", "type('C%d' % i, (_O,), {'m': lambda self: 1})",
     "c.v = i; c.m = (lambda self, i=i: i); c(i).m(); c.w = [i]\n"
     "if i % 4 == 0: del c.w",
     "c(0).m(); repr(getattr(c, 'v', None))"),
    ("nested", "{'l': [i], 's': {i}, 'd': {}}",
     "c['l'].append(i); c['s'].add(i % 5); c['d'][i % 6] = c['l'][-1:]\n"
     "if i % 8 == 0: c['l'] = [i]; c['d'] = {}",
     "len(c['l']) == len(list(c['l'])) or _bad('nested list')"),
]

# How the containers travel: (label, program body). It defines `make(i)`, `write(c, i)`,
# `check(c)` first. N handoffs: more than owner_lock::REVOCATION_BUDGET (256) for some, so
# both the revoking and the post-elision paths run.
HANDOFF_SHAPES = [
    # Main makes containers and keeps writing them after handing them to a worker.
    ("to_worker", r'''
import queue
q = queue.Queue()
made = []
def consumer():
    got = []
    while True:
        c = q.get()
        if c is None: break
        got.append(c)
        for r in got[-3:]: _w(r, len(got))
for_join = threading.Thread(target=consumer); for_join.start()
for i in range(N):
    c = make(i); _w(c, i); q.put(c); made.append(c)
    for r in made[-3:]: _w(r, i)
q.put(None); for_join.join()
for c in made: check(c)
'''),
    # A worker makes them, main writes them while the worker still does.
    ("from_worker", r'''
import queue
q = queue.Queue()
made = []
def producer():
    mine = []
    for i in range(N):
        c = make(i); _w(c, i); q.put(c); mine.append(c)
        for r in mine[-3:]: _w(r, i)
    q.put(None)
p = threading.Thread(target=producer); p.start()
while True:
    c = q.get()
    if c is None: break
    made.append(c)
    for r in made[-3:]: _w(r, -len(made))
p.join()
for c in made: check(c)
'''),
    # Two workers trade containers through a shared list, no queue: each writes what it
    # made and what it took from the other. sleep(0) polling in between.
    ("swap", r'''
box = [[], []]
made = []
def worker(me):
    other = 1 - me
    taken = []
    for i in range(N):
        c = make(i); _w(c, i); box[me].append(c); made.append(c)
        if box[other]:
            try: taken.append(box[other].pop(0))
            except IndexError: pass
        for r in taken[-3:]: _w(r, i)
        if i % 16 == 0: time.sleep(0)
_run(lambda: worker(0), lambda: worker(1))
for c in made: check(c)
'''),
    # Every thread writes one container made by main (one revocation, then shared writes).
    ("one_many", r'''
c0 = make(1)
def w(k):
    for i in range(N): _w(c0, i * 4 + k)
_run(*[(lambda k=k: w(k)) for k in range(4)])
check(c0)
'''),
    # Made in a thread that then exits; main and a second thread write it afterwards.
    ("orphan", r'''
out = []
def mk():
    for i in range(N // 4 + 1): out.append(make(i)); _w(out[-1], i)
t = threading.Thread(target=mk); t.start(); t.join()
def w2():
    for c in out: _w(c, 7)
t2 = threading.Thread(target=w2); t2.start()
for c in out: _w(c, 9)
t2.join()
for c in out: check(c)
'''),
    # Fresh containers freed while the other thread still reads them (drop races retire).
    ("churn", r'''
slot = [None]
def w():
    for i in range(N):
        slot[0] = make(i); _w(slot[0], i)
def r():
    for i in range(N):
        c = slot[0]
        if c is not None:
            _w(c, i); check(c)
_run(w, r)
'''),
]


def _indent(code, n):
    return "\n".join(" " * n + l for l in code.splitlines())


def handoff_snippets():
    out = []
    for kind, make, write, check in HANDOFF_KINDS:
        defs = ("class _O:\n    def __init__(self, i): self.i = i\n"
                "def make(i): return %s\n"
                "def write(c, i):\n%s\n"
                "def _w(c, i):\n    try: write(c, i)\n"
                "    except (KeyError, IndexError, AttributeError, ValueError, RuntimeError): pass\n"
                "def check(c):\n%s\n" % (make, _indent(write, 4), _indent(check, 4)))
        for shape, body in HANDOFF_SHAPES:
            for n in (40, 400):
                src = PRELUDE + CONC_HEAD + "N = %d\n" % n + defs + body + "_end()\n"
                out.append(("threads:handoff:%s:%s:%d" % (kind, shape, n), src))
    return out


# Items of shared containers read into locals, then the container is mutated, cleared or
# freed by another thread before the locals are used. Items are fresh heap tuples whose
# halves must agree: a freed and reused item shows up as a mismatch (or a crash).
BORROW_READS = [
    ("index", "x = L[0]", "x"),
    ("index_neg", "x = L[-1]", "x"),
    ("dict_sub", "x = D['k']", "x"),
    ("dict_get", "x = D.get('k', K0)", "x"),
    ("dict_int", "x = D[1]", "x"),
    ("for_list", "for x in L: break\nelse: x = _it(0)", "x"),
    ("for_dict", "for x in D.values(): break\nelse: x = _it(0)", "x"),
    ("unpack", "x, y = L[0], L[-1]", "y"),
    ("method", "x = L[0]; x.count(1)", "x"),
    ("global", "x = G", "x"),
    ("attr", "x = OB.v", "x"),
    ("slice", "x = L[0:1][0]", "x"),
    ("two", "x = L[0]; z = D['k']", "z"),
]
BORROW_GAPS = [
    ("none", "pass"),
    ("sleep0", "time.sleep(0)"),
    ("alloc", "junk = [(j, str(j)) for j in range(50)]"),
    ("call", "repr(len(str(n)))"),
    ("lock", "with LK: pass"),
    ("raise", "try: raise ValueError(n)\nexcept ValueError: pass"),
    ("gen", "for _ in (j for j in range(3)): pass"),
    ("collect", "n % 97 == 0 and gc.collect()"),
]
BORROW_USES = [
    ("check", "_ck($v)"),
    ("keep", "KEEP.append($v); _ck($v)"),
    ("ret", "_ck(_id($v))"),
    ("closure", "f = lambda: $v; _ck(f())"),
    ("dictstore", "SAVE[n % 5] = $v; _ck(SAVE[n % 5])"),
    ("rebind", "w = $v; $v = None; _ck(w)"),
]
BORROW_WRITERS = [
    ("setitem", "L[0] = _it(n); L[-1] = _it(n); D['k'] = _it(n); D[1] = _it(n); G = _it(n); OB.v = _it(n)"),
    ("clear", "L.clear(); L.extend([_it(n), _it(n)]); D.clear(); D.update(k=_it(n)); D[1] = _it(n)"),
    ("rebind", "L = [_it(n), _it(n)]; D = {'k': _it(n), 1: _it(n)}; G = _it(n); OB = _Box(_it(n))"),
    ("pop", "L.pop(0); L.append(_it(n)); L.insert(0, _it(n)); D.pop('k', None); D['k'] = _it(n)"),
    ("sort", "L.append(_it(n)); L.sort(reverse=n % 2 == 0); del L[2:]; D.popitem(); D.setdefault('k', _it(n)); D.setdefault(1, _it(n))"),
]


def borrow_snippets(rng):
    out = []
    combos = [(r, g, u, w) for r in BORROW_READS for g in BORROW_GAPS for u in BORROW_USES
              for w in BORROW_WRITERS]
    rng.shuffle(combos)
    for (rl, read, var), (gl, gap), (ul, use), (wl, write) in combos[:150]:
        use = use.replace("$v", var)
        src = PRELUDE + CONC_HEAD + r'''
class _Box:
    def __init__(self, v): self.v = v
def _it(n): return (n, str(n) * 3)
def _ck(t):
    if type(t) is not tuple or t[1] != str(t[0]) * 3: _bad('borrowed item corrupt', repr(t)[:40])
def _id(t): return t
L = [_it(0), _it(0)]; D = {'k': _it(0), 1: _it(0)}; G = _it(0); OB = _Box(_it(0)); K0 = _it(0)
LK = threading.Lock(); KEEP = []; SAVE = {}
STOP = [False]
def reader():
    try:
        for n in range(3000):
            try:
%s
            except (IndexError, KeyError, RuntimeError):
                continue
%s
%s
    finally:
        STOP[0] = True
def writer():
    global L, D, G, OB
    n = 0
    while not STOP[0] and n < 200000:
        n += 1
        try:
%s
        except (IndexError, KeyError, RuntimeError):
            pass
        if n %% 64 == 0: time.sleep(0)
_run(reader, writer)
for t in KEEP: _ck(t)
for t in SAVE.values(): _ck(t)
_end()
''' % (_indent(read, 16), _indent(gap, 12), _indent(use, 12), _indent(write, 12))
        out.append(("threads:borrow:%s:%s:%s:%s" % (rl, gl, ul, wl), src))
    return out


# Hand-written thread programs (generators across threads, polling, recursion, exceptions,
# huge allocations).
THREAD_PROGRAMS = [
    # --- generators created in one thread, resumed in another ---
    ("gen_next_other", r'''
g = (x * 2 for x in range(100000))
def f():
    for _ in range(2000):
        try: next(g)
        except ValueError: pass
        except StopIteration: return
_run(f, f, f)
'''),
    ("gen_fn_state", r'''
def gen():
    acc = []
    for i in range(10**6):
        acc.append(i)
        if len(acc) > 10: acc = acc[5:]
        x = yield (i, str(i))
        if x is not None and x[1] != str(x[0]): _bad('gen send', x)
g = gen(); next(g)
def f():
    for i in range(3000):
        try:
            t = g.send((i, str(i)))
            if t[1] != str(t[0]): _bad('gen yield', t)
        except ValueError: pass
_run(f, f)
'''),
    ("gen_throw_close", r'''
def gen():
    while True:
        try: yield 1
        except KeyError: pass
gs = [gen() for _ in range(200)]
for g in gs: next(g)
def a():
    for g in gs:
        try: g.throw(KeyError)
        except (ValueError, StopIteration, KeyError): pass
def b():
    for g in gs:
        try: g.close()
        except (ValueError, RuntimeError): pass
_run(a, b)
'''),
    ("gen_running_in_two", r'''
def gen():
    for i in range(10**6):
        time.sleep(0)
        yield i
g = gen()
def f():
    for _ in range(300):
        try: next(g)
        except ValueError as e: str(e)
_run(f, f, f, f)
'''),
    ("gen_made_by_dead_thread", r'''
L = [(i, str(i)) for i in range(50)]
out = []
def mk():
    def gen():
        for x in L:
            y = x
            yield y
            if y[1] != str(y[0]): _bad('gen local', y)
    g = gen(); next(g); out.append(g)
    out.append((v for v in L))
t = threading.Thread(target=mk); t.start(); t.join()
def clr():
    for i in range(200):
        L[:] = [(j + i, str(j + i)) for j in range(50)]
t = threading.Thread(target=clr); t.start()
for g in out:
    for v in g:
        if v[1] != str(v[0]): _bad('gen item', v)
t.join()
'''),
    ("gen_finally_other_thread", r'''
log = []
def gen():
    try:
        yield 1
        yield 2
    finally:
        log.append(threading.get_ident())
gs = []
def mk():
    for _ in range(100):
        g = gen(); next(g); gs.append(g)
_run(mk)
def drop():
    while gs: gs.pop()
_run(drop, drop)
gc.collect()
len(log) == 100 or _bad('finally count', len(log))
'''),
    ("gen_yield_from_threads", r'''
def inner(n):
    for i in range(n): yield i
def outer():
    while True:
        yield from inner(3)
g = outer()
def f():
    for _ in range(2000):
        try: next(g)
        except ValueError: pass
_run(f, f)
'''),
    ("gen_recursive_thread", r'''
def g():
    yield from g()
def f():
    try: next(g())
    except RecursionError: pass
_run(f, f)
'''),
    ("gen_lock_across", r'''
lk = threading.Lock()
def gen():
    while True:
        with lk:
            yield 1
g = gen()
def f():
    for _ in range(500):
        try: next(g)
        except (ValueError, RuntimeError): pass
_run(f, f)
'''),
    ("gen_shared_iter_list", r'''
L = [[i] for i in range(1000)]
it = iter(L)
def f():
    for x in it:
        x.append(1)
def g():
    for i in range(1000):
        if L: L.pop()
_run(f, f, g)
'''),
    # --- time.sleep(0) polling ---
    ("poll_global", r'''
flag = False
def setter():
    global flag
    time.sleep(0.01); flag = True
t = threading.Thread(target=setter); t.start()
while not flag: time.sleep(0)
t.join()
'''),
    ("poll_global_spin", r'''
flag = False
def setter():
    global flag
    flag = True
t = threading.Thread(target=setter); t.start()
while not flag: pass
t.join()
'''),
    ("poll_thread_waits_main", r'''
state = {'go': False, 'done': 0}
def w():
    while not state['go']: time.sleep(0)
    state['done'] += 1
ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts: t.start()
time.sleep(0.01); state['go'] = True
for t in ts: t.join()
'''),
    ("poll_ring", r'''
turn = [0]
def w(me):
    for r in range(100):
        while turn[0] != me + 3 * r: time.sleep(0)
        turn[0] += 1
_run(*[(lambda k=k: w(k)) for k in range(3)])
turn[0] == 300 or _bad('ring', turn[0])
'''),
    ("poll_ring_spin", r'''
turn = [0]
def w(me):
    for r in range(20):
        while turn[0] != me + 3 * r: pass
        turn[0] += 1
_run(*[(lambda k=k: w(k)) for k in range(3)])
'''),
    ("poll_attr", r'''
class S: pass
s = S(); s.done = False
def w():
    time.sleep(0.005); s.done = True
t = threading.Thread(target=w); t.start()
while not s.done: time.sleep(0)
t.join()
'''),
    ("poll_classattr", r'''
class S: done = False
def w():
    time.sleep(0.005); S.done = True
t = threading.Thread(target=w); t.start()
while not S.done: time.sleep(0)
t.join()
'''),
    ("poll_closure", r'''
def main():
    done = False
    def w():
        nonlocal done
        time.sleep(0.005); done = True
    t = threading.Thread(target=w); t.start()
    while not done: time.sleep(0)
    t.join()
main()
'''),
    ("poll_new_dicts", r'''
box = [None]
def w():
    for i in range(300):
        d = {'i': i}
        box[0] = d
        while box[0] is d: time.sleep(0)
def r():
    seen = 0
    while seen < 300:
        d = box[0]
        if d is not None:
            d['i'] += 1; d['x'] = seen
            box[0] = None; seen += 1
        else:
            time.sleep(0)
_run(w, r)
'''),
    ("poll_event_busy", r'''
e = threading.Event()
def w():
    for _ in range(1000): time.sleep(0)
    e.set()
t = threading.Thread(target=w); t.start()
while not e.is_set(): time.sleep(0)
t.join()
'''),
    ("sleep0_storm", r'''
def w():
    for _ in range(3000): time.sleep(0)
_run(w, w, w, w)
'''),
    # --- deep recursion inside threads ---
    ("rec_plain", r'''
def r(n): return r(n + 1)
def f():
    try: r(0)
    except RecursionError: pass
_run(f, f, f)
'''),
    ("rec_high_limit", r'''
sys.setrecursionlimit(30000)
def r(n): return n if n == 0 else 1 + r(n - 1)
def f():
    try: r(25000)
    except RecursionError: pass
_run(f, f)
'''),
    ("rec_very_high_limit", r'''
sys.setrecursionlimit(150000)
def r(n): return r(n + 1)
def f():
    try: r(0)
    except (RecursionError, MemoryError): pass
t = threading.Thread(target=f); t.start(); t.join()
'''),
    ("rec_repr_nested", r'''
def f():
    l = []
    for _ in range(100000): l = [l]
    try: repr(l)
    except RecursionError: pass
    try: l == [l]
    except RecursionError: pass
_run(f, f)
'''),
    ("rec_dunder", r'''
class A:
    def __getattr__(self, n): return getattr(self, n + 'x')
class B:
    def __eq__(self, o): return self == o
    def __hash__(self): return 1
class C:
    def __len__(self): return len(self)
    def __iter__(self): return iter(self)
def f():
    for g in (lambda: A().y, lambda: B() == B(), lambda: {B(): 1}[B()],
              lambda: len(C()), lambda: list(C()), lambda: sorted([1, 2], key=lambda x: f2(x))):
        try: g()
        except RecursionError: pass
def f2(x): return f2(x)
_run(f, f)
'''),
    ("rec_nested_data", r'''
import json, copy
def f():
    d = {}
    for _ in range(50000): d = {'a': d}
    for g in (lambda: json.dumps(d), lambda: copy.deepcopy(d), lambda: str(d), lambda: hash(tuple_nest)):
        try: g()
        except (RecursionError, TypeError): pass
tuple_nest = ()
for _ in range(50000): tuple_nest = (tuple_nest,)
_run(f, f)
'''),
    ("rec_escapes_thread", r'''
def r(n): return r(n + 1)
t = threading.Thread(target=r, args=(0,)); t.start(); t.join()
'''),
    ("rec_in_thread_in_thread", r'''
def r(n): return r(n + 1)
def f(d):
    if d < 6:
        t = threading.Thread(target=f, args=(d + 1,)); t.start()
        try: r(0)
        except RecursionError: pass
        t.join()
f(0)
'''),
    ("rec_class_body", r'''
def f():
    def mk(n):
        class K:
            x = mk(n + 1)
        return K
    try: mk(0)
    except RecursionError: pass
_run(f, f)
'''),
    ("rec_compile_deep", r'''
def f():
    for src in ('(' * 5000 + ')' * 5000, '-' * 100000 + '1', '[' * 5000 + ']' * 5000):
        try: eval(src)
        except (RecursionError, SyntaxError, MemoryError): pass
_run(f, f)
'''),
    # --- exceptions escaping threads ---
    ("exc_bad_str", r'''
class E(Exception):
    def __str__(self): raise ValueError("str")
    def __repr__(self): return 5
def f(): raise E(1)
_run(f, f)
'''),
    ("exc_base", r'''
def f(): raise KeyboardInterrupt
def g(): raise GeneratorExit
def h(): raise StopIteration(5)
def k(): raise BaseException(*range(300))
_run(f, g, h, k)
'''),
    ("exc_cause_cycle", r'''
def f():
    a = ValueError('a'); b = KeyError('b')
    a.__cause__ = b; b.__context__ = a
    raise a
_run(f)
'''),
    ("exc_deep_traceback", r'''
def r(n):
    if n == 0: raise ValueError('bottom')
    return r(n - 1)
_run(lambda: r(900), lambda: r(500))
'''),
    ("exc_holds_thread", r'''
def f(): raise ValueError(threading.current_thread(), [threading.current_thread()])
_run(f, f, f)
'''),
    ("exc_in_run_subclass", r'''
class T(threading.Thread):
    def run(self): raise TypeError(self)
ts = [T() for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
'''),
    ("exc_daemon_at_exit", r'''
def f():
    time.sleep(0.01)
    raise ValueError('late')
for _ in range(4): threading.Thread(target=f, daemon=True).start()
'''),
    ("exc_nondaemon_after_main", r'''
def f():
    time.sleep(0.02)
    raise ValueError('after main')
threading.Thread(target=f).start()
raise KeyError('main dies first')
'''),
    ("exc_exit_codes", r'''
def f(): sys.exit(3)
def g(): raise SystemExit('bye')
def h(): raise SystemExit(2**100)
_run(f, g, h)
'''),
    ("exc_exc_in_except", r'''
def f():
    try:
        raise ValueError(1)
    except ValueError:
        raise KeyError(2) from None
def g():
    try:
        1 / 0
    finally:
        raise RuntimeError('fin')
_run(f, g)
'''),
    ("exc_many_threads", r'''
def f(i): raise ValueError(i)
ts = [threading.Thread(target=f, args=(i,)) for i in range(16)]
for t in ts: t.start()
for t in ts: t.join()
'''),
    ("exc_unjoined_raise", r'''
def f():
    raise MemoryError
for _ in range(10): threading.Thread(target=f).start()
'''),
    # --- huge allocations inside threads ---
    ("huge_alloc", r'''
import array
HUGE = [lambda: [0] * 10**10, lambda: 'a' * 2**40, lambda: bytearray(2**62),
        lambda: b'x' * 2**62, lambda: [[]] * 2**62, lambda: (0,) * 10**10,
        lambda: bytes(2**40), lambda: 'ab' * 2**62, lambda: 'a'.ljust(2**40),
        lambda: array.array('d', [0.0]) * 10**10, lambda: list(range(10**10)),
        lambda: [None] * 2**62, lambda: ' ' * (2**63 - 1), lambda: bytearray(b'a') * 2**40,
        lambda: '{:>{}}'.format('', 2**40), lambda: 'x'.center(2**40), lambda: 'a'.zfill(2**40),
        lambda: [1, 2] * 2**61, lambda: bytearray(10**10), lambda: 'a\tb'.expandtabs(2**40)]
def f():
    for h in HUGE:
        try:
            h()
            _bad('no MemoryError')
        except (MemoryError, OverflowError, ValueError):
            pass
    x = [0] * 1000
    x.append(1)
_run(f, f)
'''),
    ("huge_alloc_while_writing", r'''
shared = {}
L = []
STOP = [False]
def big():
    for _ in range(20):
        for h in (lambda: [0] * 10**10, lambda: 'a' * 2**40, lambda: bytearray(2**62),
                  lambda: L * 2**60, lambda: {}.fromkeys(range(10**10)) if False else [0] * 2**59):
            try: h()
            except (MemoryError, OverflowError): pass
    STOP[0] = True
def small():
    i = 0
    while not STOP[0]:
        i += 1
        shared[i % 100] = [i]; L.append(i)
        if len(L) > 1000: del L[:500]
_run(big, small)
'''),
    ("huge_inplace", r'''
def f():
    l = [1]
    try: l *= 10**10
    except MemoryError: pass
    b = bytearray(b'ab')
    try: b *= 2**62
    except MemoryError: pass
    s = 'ab'
    try: s *= 2**40
    except (MemoryError, OverflowError): pass
    l.append(2); b.append(3)
_run(f, f)
'''),
    ("huge_join", r'''
def f():
    l = ['a' * 2**20] * 2**10
    try: ''.join(l * 2**30)
    except (MemoryError, OverflowError): pass
_run(f, f)
'''),
    # --- mixed: collector during handoffs ---
    ("gc_during_handoff", r'''
STOP = [False]
box = []
def mk():
    for i in range(3000):
        a = {'i': i}; b = [a]; a['b'] = b
        box.append(a)
        if len(box) > 50: box.pop(0)
    STOP[0] = True
def use():
    while not STOP[0]:
        try:
            d = box[-1]; d['x'] = 1; d['b'].append(d)
        except IndexError: pass
def col():
    while not STOP[0]:
        gc.collect(); time.sleep(0)
_run(mk, use, col)
'''),
    ("thread_local_handoff", r'''
tl = threading.local()
q = []
def f(k):
    tl.d = {'k': k}
    q.append(tl.d)
    for i in range(500):
        tl.d[i % 10] = i
        for other in q[:]: other[i % 7] = k
_run(*[(lambda k=k: f(k)) for k in range(3)])
'''),
    ("globals_written_by_threads", r'''
def f(k):
    g = globals()
    for i in range(2000):
        g['v%d' % (i % 30)] = i
        g.pop('v%d' % ((i + k) % 30), None)
        try: v1
        except NameError: pass
_run(*[(lambda k=k: f(k)) for k in range(3)])
'''),
    ("dict_iter_while_handoff", r'''
import queue
q = queue.Queue()
def mk():
    for i in range(500):
        d = {j: [j] for j in range(i % 20)}
        q.put(d)
        for j in range(30): d[j] = [j]; d.pop(j - 1, None)
    q.put(None)
def it():
    while True:
        d = q.get()
        if d is None: break
        try:
            for k, v in d.items():
                if v != [k]: _bad('item', k, v)
        except RuntimeError: pass
_run(mk, it)
'''),
    ("list_sort_while_append", r'''
L = []
STOP = [False]
def a():
    for i in range(20000): L.append((i * 7919) % 1000)
    STOP[0] = True
def s():
    while not STOP[0]:
        try: L.sort()
        except ValueError: pass
        time.sleep(0)
_run(a, s)
'''),
]


def thread_program_snippets():
    out = []
    for label, body in THREAD_PROGRAMS:
        out.append(("threads:prog:%s" % label, PRELUDE + CONC_HEAD + body + "_end()\n"))
    return out


def concurrency_snippets(rng):
    return handoff_snippets() + borrow_snippets(rng) + thread_program_snippets()


# ---------------------------------------------------------------------------------------------
# Syntax-side fuzzing: garbage bytes and mutated versions of the corpus scripts.
# ---------------------------------------------------------------------------------------------

TOKENS = ["(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "'", '"', "'''", "f'", "{x}",
          "\\", "#", "def", "class", "lambda", "yield", "await", "*", "**", "=", ":=", "->",
          "@", ",", ".", "...", "0x", "1e", "\x00", "\xff", "\r", "\x0c", "if", "else", "for",
          "in", "not", "is", "return", "global", "nonlocal", "del", "with", "as", "try",
          "except", "finally", "import", "from", "\u00e9", "\U0001f600", "\u2028", "\ufeff"]


def syntax_snippets(rng, count):
    out = []
    corpus = []
    for dirpath, _, files in os.walk(os.path.join(ROOT, "tests", "scripts")):
        if os.sep + "modules" in dirpath:
            continue
        for f in sorted(files):
            if f.endswith(".py"):
                with open(os.path.join(dirpath, f), "rb") as fh:
                    data = fh.read()
                if len(data) < 4000:
                    corpus.append(data)
    corpus.sort()
    fixed = [
        ("garbage-utf8", b"x = '\xff\xfe'\n"),
        ("garbage-utf8-comment", b"# \xc3\x28\nprint(1)\n"),
        ("garbage-nul", b"x = 1\x00\n"),
        ("garbage-nul-str", b"x = '\x00'\nprint(len(x))\n"),
        ("garbage-bom", b"\xef\xbb\xbfprint(1)\n"),
        ("garbage-bom2", b"\xef\xbb\xbf\xef\xbb\xbfprint(1)\n"),
        ("garbage-coding", b"# -*- coding: latin-1 -*-\nx = '\xe9'\n"),
        ("garbage-coding-bad", b"# coding: nope\nx = 1\n"),
        ("garbage-cr", b"x = 1\rprint(x)\r"),
        ("garbage-crlf", b"if 1:\r\n    x = 1\r\n  y = 2\r\n"),
        ("garbage-formfeed", b"if 1:\n\x0c    x = 1\n\x0cprint(x)\n"),
        ("garbage-longline", b"x = " + b"1 + " * 10000 + b"1\n"),
        ("garbage-longline2", b"x = [" + b"1, " * 20000 + b"]\n"),
        ("garbage-longname", b"x" * 100000 + b" = 1\n"),
        ("garbage-longstr", b"x = '" + b"a" * 1000000 + b"'\n"),
        ("garbage-deepparen", b"x = " + b"(" * 10000 + b"1" + b")" * 10000 + b"\n"),
        ("garbage-deepbrack", b"x = " + b"[" * 10000 + b"]" * 10000 + b"\n"),
        ("garbage-deepbrace", b"x = " + b"{" * 10000 + b"}" * 10000 + b"\n"),
        ("garbage-deepunary", b"x = " + b"-" * 100000 + b"1\n"),
        ("garbage-deepnot", b"x = " + b"not " * 100000 + b"1\n"),
        ("garbage-deepattr", b"x = 1" + b".real" * 100000 + b"\n"),
        ("garbage-deepcall", b"x = print" + b"()" * 100000 + b"\n"),
        ("garbage-deepindex", b"x = [1]" + b"[0]" * 100000 + b"\n"),
        ("garbage-deepbinop", b"x = 1" + b" + 1" * 100000 + b"\n"),
        ("garbage-deeppow", b"x = 1" + b" ** 1" * 100000 + b"\n"),
        ("garbage-deepcmp", b"x = 1" + b" < 1" * 100000 + b"\n"),
        ("garbage-deepand", b"x = 1" + b" and 1" * 100000 + b"\n"),
        ("garbage-deepternary", b"x = 1" + b" if 1 else 1" * 50000 + b"\n"),
        ("garbage-deeplambda", b"x = " + b"lambda: " * 50000 + b"1\n"),
        ("garbage-deepfstring", b"x = " + b"f'{" * 200 + b"1" + b"}'" * 200 + b"\n"),
        ("garbage-deepindent", b"".join(b" " * i + b"if 1:\n" for i in range(1000)) + b" " * 1000 + b"pass\n"),
        ("garbage-deepdef", b"".join(b" " * i + b"def f():\n" for i in range(300)) + b" " * 300 + b"pass\n"),
        ("garbage-deepclass", b"".join(b" " * i + b"class A:\n" for i in range(300)) + b" " * 300 + b"pass\n"),
        ("garbage-deeptry", b"".join(b" " * i + b"try:\n" for i in range(100)) + b" " * 100 + b"pass\n" + b"".join(b" " * i + b"finally:\n" + b" " * (i + 1) + b"pass\n" for i in reversed(range(100)))),
        ("garbage-manyargs", b"def f(" + b",".join(b"a%d" % i for i in range(100000)) + b"): pass\nf(" + b",".join(b"%d" % i for i in range(100000)) + b")\n"),
        ("garbage-manycall", b"print(" + b"1," * 300000 + b")\n"),
        ("garbage-manykw", b"dict(" + b"".join(b"a%d=1," % i for i in range(100000)) + b")\n"),
        ("garbage-manyconst", b"x = [" + b"".join(b"%d.5," % i for i in range(200000)) + b"]\n"),
        ("garbage-manylocals", b"def f():\n" + b"".join(b"    v%d = %d\n" % (i, i) for i in range(100000)) + b"    return v99999\nprint(f())\n"),
        ("garbage-manyjumps", b"def f(x):\n" + b"".join(b"    if x == %d: return %d\n" % (i, i) for i in range(50000)) + b"print(f(49999))\n"),
        ("garbage-bigloop", b"for i in range(3):\n" + b"    x = 1\n" * 100000),
        ("garbage-manyelif", b"x = 5\nif x == 0: pass\n" + b"".join(b"elif x == %d: pass\n" % i for i in range(30000))),
        ("garbage-hugeint", b"x = " + b"9" * 1000000 + b"\n"),
        ("garbage-hugeint-hex", b"x = 0x" + b"f" * 1000000 + b"\n"),
        ("garbage-hugefloat", b"x = " + b"9" * 100000 + b".5e-99999999999999999999\n"),
        ("garbage-hugeexp", b"x = 1e" + b"9" * 1000 + b"\n"),
        ("garbage-bigfloatlit", b"x = 1" + b"0" * 400 + b".0\n"),
        ("garbage-unicode-ident", "ǅ = 1\nℌ = 2\nprint(ǅ + ℌ)\n".encode()),
        ("garbage-bad-ident", "x€ = 1\n".encode()),
        ("garbage-ls", "x = 1\u2028y = 2\n".encode()),
        ("garbage-only-comment", b"#"),
        ("garbage-empty", b""),
        ("garbage-nl", b"\n\n\n"),
        ("garbage-backslash-eof", b"x = 1\\"),
        ("garbage-indent-eof", b"if 1:\n    "),
        ("garbage-tab-mix", b"if 1:\n\tif 1:\n        \tpass\n"),
        ("garbage-dedent-bad", b"if 1:\n    if 1:\n        pass\n  pass\n"),
        ("garbage-fstring-nested-quotes", b"f'{\"a\" + f\"{'b'}\"}'\n"),
        ("garbage-fstring-backslash", b"f'{\\'a\\'}'\n"),
        ("garbage-fstring-nl", b"f'{1\n}'\n"),
        ("garbage-fstring-triple", b"f'''{\n1\n+\n2}'''\n"),
        ("garbage-fstring-eq", b"x = 1\nprint(f'{x=}' f'{x = !r:>5}')\n"),
        ("garbage-string-prefix", b"x = bu'a'\n"),
        ("garbage-ellipsis", b"... = 1\n"),
        ("garbage-surrogate-src", b"x = '\xed\xa0\x80'\n"),
        ("garbage-overlong", b"x = '\xc0\x80'\n"),
        ("garbage-4byte-bad", b"x = '\xf4\x90\x80\x80'\n"),
        ("garbage-trunc-utf8", b"x = 1 # \xe2\x82"),
    ]
    for name, data in fixed:
        out.append(("syntax:" + name, data))
    for i in range(count):
        kind = rng.randrange(4)
        if kind == 0:
            n = rng.randrange(1, 200)
            data = bytes(rng.randrange(256) for _ in range(n))
        elif kind == 1:
            n = rng.randrange(1, 60)
            data = "".join(rng.choice(TOKENS) + rng.choice(["", " ", "x", "1"])
                           for _ in range(n)).encode("utf-8", "surrogatepass")
        else:
            src = bytearray(rng.choice(corpus))
            for _ in range(rng.randrange(1, 6)):
                op = rng.randrange(4)
                if not src:
                    break
                p = rng.randrange(len(src))
                if op == 0:
                    del src[p:p + rng.randrange(1, 20)]
                elif op == 1:
                    src[p:p] = rng.choice(TOKENS).encode("utf-8", "surrogatepass")
                elif op == 2:
                    q = rng.randrange(len(src))
                    src[p:p] = src[q:q + rng.randrange(1, 40)]
                else:
                    src[p] = rng.randrange(256)
            data = bytes(src)
        out.append(("syntax:random#%d" % i, data))
    return out


# ---------------------------------------------------------------------------------------------
# Running.
# ---------------------------------------------------------------------------------------------

MEM_LIMIT = 6 << 30


def _limits():
    resource.setrlimit(resource.RLIMIT_AS, (MEM_LIMIT, MEM_LIMIT))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.setsid()


def run_one(exe, src, timeout, args=()):
    """Runs source (str or bytes) under exe in a scratch directory; returns a result dict."""
    d = tempfile.mkdtemp(prefix="fibra-fuzz-")
    path = os.path.join(d, "snippet.py")
    with open(path, "wb") as f:
        f.write(src if isinstance(src, bytes) else src.encode("utf-8", "surrogatepass"))
    try:
        p = subprocess.Popen([exe, *args, path], cwd=d, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             preexec_fn=_limits)
        try:
            out, err = p.communicate(timeout=timeout)
            rc = p.returncode
            timed_out = False
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, 9)
            out, err = p.communicate()
            rc = p.returncode
            timed_out = True
    finally:
        # `rm -rf` copes with the very deep trees some snippets build (shutil recurses).
        subprocess.run(["rm", "-rf", d], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return {"rc": rc, "timeout": timed_out,
            "stdout": out.decode("utf-8", "replace"), "stderr": err.decode("utf-8", "replace")}


def verdict(res):
    """None when the run is clean, else a short reason."""
    if res["timeout"]:
        return "timeout"
    if res["rc"] is not None and res["rc"] < 0:
        return "signal %d" % -res["rc"]
    for m in CRASH_MARKERS:
        if m in res["stderr"]:
            return "stderr: %s" % m
    if res["rc"] not in (0, 1):
        return "exit %s" % res["rc"]
    return None


def reduce_call(name, src, res):
    """For a wrapped snippet, the one `_t(i, ...)` call that was running when it failed."""
    last = None
    for line in res["stdout"].splitlines():
        if line.startswith("@ "):
            last = line[2:].strip()
    if last is None:
        return src
    prefix = "_t(%s, lambda: " % last
    lines = src.splitlines()
    keep = []
    for l in lines:
        if l.startswith("_t("):
            if l.startswith(prefix):
                keep.append("(lambda: %s)()" % l[len(prefix):-1])
        else:
            keep.append(l)
    return "\n".join(keep) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fibra", default=os.path.join(ROOT, "target", "debug", "fibra"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--only", default="",
                    help="comma-separated kinds: method,unbound,module,special,syntax,threads")
    ap.add_argument("--filter", default="", help="substring of the snippet name")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--syntax-count", type=int, default=1500)
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("-j", "--jobs", type=int, default=max(2, os.cpu_count() or 2))
    ap.add_argument("--out", default="/tmp/fibra-fuzz/flagged")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--no-python", action="store_true", help="do not re-run hangs under python3")
    opts = ap.parse_args()
    opts.fibra = os.path.abspath(opts.fibra)
    if os.sep in opts.python:
        opts.python = os.path.abspath(opts.python)

    rng = random.Random(opts.seed)
    kinds = set(opts.only.split(",")) if opts.only else {"method", "unbound", "module",
                                                          "special", "syntax", "threads"}
    snippets = []
    if "special" in kinds:
        sp = special_snippets()
        snippets += sp + split_special(sp)
    if "syntax" in kinds:
        snippets += syntax_snippets(rng, opts.syntax_count)
    if "threads" in kinds:
        snippets += concurrency_snippets(random.Random(opts.seed))
    if "method" in kinds:
        snippets += method_snippets(opts.fibra, rng)
    if "unbound" in kinds:
        snippets += unbound_snippets(opts.fibra, rng)
    if "module" in kinds:
        snippets += module_snippets(opts.fibra, rng)
    if opts.filter:
        snippets = [s for s in snippets if opts.filter in s[0]]
    if opts.list:
        for name, src in snippets:
            print("=" * 20, name)
            print(src if isinstance(src, str) else src.decode("utf-8", "replace"))
        return 0

    total_calls = sum(s[1].count("\n_t(") if isinstance(s[1], str) else 1 for s in snippets)
    print("running %d snippets (%d guarded calls) with %d jobs" %
          (len(snippets), total_calls, opts.jobs), flush=True)
    flagged = []

    def job(item):
        name, src = item
        res = run_one(opts.fibra, src, opts.timeout)
        why = verdict(res)
        if why is None:
            return None
        repro = reduce_call(name, src, res) if isinstance(src, str) else src
        if repro != src:
            res2 = run_one(opts.fibra, repro, opts.timeout)
            why2 = verdict(res2)
            if why2 is not None:
                res, why = res2, why2
            else:
                repro = src  # the failure needs the earlier calls too
        benign = False
        if why == "timeout" and not opts.no_python:
            py = run_one(opts.python, repro, opts.timeout)
            benign = py["timeout"]
        return (name, why, repro, res, benign)

    done = 0
    with ThreadPoolExecutor(max_workers=opts.jobs) as ex:
        for r in ex.map(job, snippets):
            done += 1
            if done % 200 == 0:
                print("  %d/%d" % (done, len(snippets)), flush=True)
            if r is not None:
                flagged.append(r)
    os.makedirs(opts.out, exist_ok=True)
    bugs = 0
    for i, (name, why, repro, res, benign) in enumerate(flagged):
        tag = "BENIGN (python3 hangs too)" if benign else "FLAGGED"
        bugs += 0 if benign else 1
        fn = os.path.join(opts.out, "%03d.py" % i)
        with open(fn, "wb") as f:
            f.write(repro if isinstance(repro, bytes) else repro.encode("utf-8", "surrogatepass"))
        err = res["stderr"].strip().splitlines()
        detail = " | ".join(l for l in err if "panicked" in l or "overflow" in l)[:300] or \
            (err[-1][:300] if err else "")
        print("%s %s: %s -> %s\n    %s" % (tag, name, why, fn, detail))
    print("%d snippets (%d guarded calls), %d flagged, %d benign" %
          (len(snippets), total_calls, bugs, len(flagged) - bugs))
    return 1 if bugs else 0


if __name__ == "__main__":
    sys.exit(main())
