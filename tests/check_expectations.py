#!/usr/bin/env python3
"""Check that every script under tests/scripts matches its own expectations
when run under CPython (python3 >= 3.11).

Usage:
    python3 tests/check_expectations.py [SUBSTRING ...]

With substrings, only scripts whose path (relative to tests/scripts) contains
one of them are checked.  Exit status is 0 when every checked script passes.

Expectation comments (see tests/README.md):
    # expect: TEXT         one stdout line, in file order
    # expect:              an empty stdout line
    # expect error: Type   uncaught exception of that type (exit code 1)
    # expect exit: N       exit code N
    # args: a b c          command-line arguments
Files under any directory named `modules/` are helpers, not tests.
"""
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPTS = os.path.join(HERE, "scripts")
ROOT = os.path.dirname(HERE)
TIMEOUT = 20


def discover(root=SCRIPTS):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "modules" and d != "__pycache__")
        for f in sorted(filenames):
            if f.endswith(".py"):
                out.append(os.path.relpath(os.path.join(dirpath, f), root).replace(os.sep, "/"))
    return sorted(out)


def parse(path):
    """Return (expected_lines, error_type, exit_code, args)."""
    with open(path, "rb") as fh:
        data = fh.read().decode("utf-8", errors="replace")
    lines, err, code, args = [], None, None, []
    for line in data.split("\n"):
        line = line.rstrip("\r")
        i = line.find("# expect: ")
        if i >= 0:
            lines.append(line[i + len("# expect: "):].rstrip())
            continue
        if line.rstrip().endswith("# expect:"):
            lines.append("")
            continue
        i = line.find("# expect error: ")
        if i >= 0:
            err = line[i + len("# expect error: "):].strip()
            continue
        i = line.find("# expect exit: ")
        if i >= 0:
            code = int(line[i + len("# expect exit: "):].strip())
            continue
        i = line.find("# args: ")
        if i >= 0 and line.lstrip().startswith("# args: "):
            args = line[i + len("# args: "):].split()
    if code is None:
        code = 1 if err else 0
    return lines, err, code, args


def stdout_lines(text):
    parts = text.split("\n")
    if parts and parts[-1] == "":
        parts.pop()
    return [p.rstrip() for p in parts]


def error_type(stderr):
    for line in reversed(stderr.split("\n")):
        if line.strip():
            head = line.split(":", 1)[0].strip()
            return head
    return None


def run_one(rel, python="python3"):
    path = os.path.join(SCRIPTS, rel)
    exp, err, code, args = parse(path)
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    try:
        p = subprocess.run([python, path] + args, cwd=ROOT, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        return rel, ["timeout"]
    out = stdout_lines(p.stdout.decode("utf-8", errors="replace"))
    se = p.stderr.decode("utf-8", errors="replace")
    problems = []
    if out != exp:
        for i in range(max(len(out), len(exp))):
            a = exp[i] if i < len(exp) else "<missing>"
            b = out[i] if i < len(out) else "<missing>"
            if a != b:
                problems.append("stdout line %d: expected %r, got %r" % (i + 1, a, b))
                break
        if len(out) != len(exp):
            problems.append("expected %d lines, got %d" % (len(exp), len(out)))
    if p.returncode != code:
        problems.append("exit code: expected %d, got %d" % (code, p.returncode))
    if err is not None:
        got = error_type(se)
        if got != err:
            problems.append("error type: expected %s, got %s" % (err, got))
    elif p.returncode != 0 and code != p.returncode:
        tail = [l for l in se.split("\n") if l.strip()][-1:] or [""]
        problems.append("stderr: " + tail[0])
    return rel, problems


def main():
    filters = sys.argv[1:]
    rels = [r for r in discover() if not filters or any(f in r for f in filters)]
    failed = 0
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        for rel, problems in ex.map(run_one, rels):
            if problems:
                failed += 1
                print("FAIL %s: %s" % (rel, "; ".join(problems)))
    print("check_expectations: %d passed, %d failed" % (len(rels) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
