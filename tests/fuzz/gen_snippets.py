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
    ap.add_argument("--only", default="", help="comma-separated kinds: method,unbound,module,special,syntax")
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
                                                          "special", "syntax"}
    snippets = []
    if "special" in kinds:
        sp = special_snippets()
        snippets += sp + split_special(sp)
    if "syntax" in kinds:
        snippets += syntax_snippets(rng, opts.syntax_count)
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
