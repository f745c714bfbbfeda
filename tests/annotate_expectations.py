#!/usr/bin/env python3
"""Write `# expect:` comments into scripts from what CPython prints.

Usage:
    python3 tests/annotate_expectations.py tests/scripts/area/name.py ...

Only for scripts that have no expectation comments yet (others are skipped);
with --force, existing expectation comments are removed first.
Each stdout line is attributed to the line of the script's module-level
frame that was executing when the line was completed; if those line numbers
are non-decreasing, the first output line of a source line becomes a trailing
`# expect:` comment and further ones become `# expect:` comment lines right
after it; otherwise all expectations are appended at the end of the file.
An uncaught exception adds `# expect error: Type`, a non-zero exit code
without exception adds `# expect exit: N`.  ALWAYS review the result and run
tests/check_expectations.py afterwards.
"""
import os
import subprocess
import sys

RUNNER = r'''
import sys, os, json
script = os.path.abspath(sys.argv[1])
real = sys.stdout
records = []
buf = []
class W:
    encoding = "utf-8"
    def write(self, s):
        for ch in s:
            if ch == "\n":
                f = sys._getframe(1)
                line = None
                while f is not None:
                    if os.path.abspath(f.f_code.co_filename) == script:
                        line = f.f_lineno
                    f = f.f_back
                records.append((line, "".join(buf)))
                buf.clear()
            else:
                buf.append(ch)
        return len(s)
    def flush(self):
        pass
sys.stdout = W()
sys.argv = sys.argv[1:]
sys.path[0] = os.path.dirname(script)
code = 0
try:
    g = {"__name__": "__main__", "__file__": sys.argv[0], "__builtins__": __builtins__}
    exec(compile(open(script).read(), script, "exec"), g)
except SystemExit as e:
    code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
finally:
    if buf:
        records.append((None, "".join(buf)))
    with open(os.environ["ANNOTATE_OUT"], "w") as fh:
        json.dump({"records": records, "code": code}, fh)
'''


def strip_expectations(src):
    out = []
    for line in src.split("\n"):
        if line.strip().startswith("# expect"):
            continue
        i = line.find("  # expect")
        if i >= 0:
            line = line[:i]
        out.append(line)
    while len(out) > 1 and out[-1] == "" and out[-2] == "":
        out.pop()
    return "\n".join(out)


def annotate(path, force=False):
    path = os.path.abspath(path)
    src = open(path).read()
    if force:
        src = strip_expectations(src)
        with open(path, "w") as fh:
            fh.write(src)
    if "# expect" in src:
        print("skip (already annotated):", path)
        return
    out = "/tmp/annotate_out.json"
    env = dict(os.environ, ANNOTATE_OUT=out, PYTHONIOENCODING="utf-8")
    # args
    args = []
    for line in src.split("\n"):
        if line.startswith("# args: "):
            args = line[len("# args: "):].split()
    p = subprocess.run([sys.executable, "-c", RUNNER, path] + args, capture_output=True,
                       text=True, env=env, stdin=subprocess.DEVNULL, cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    import json
    data = json.load(open(out))
    records = data["records"]
    errtype = None
    if p.returncode != 0:
        last = [l for l in p.stderr.split("\n") if l.strip()]
        errtype = last[-1].split(":", 1)[0].strip() if last else None
        if errtype == "SyntaxError" or errtype == "IndentationError":
            pass
    code = data["code"]
    for _, text in records:
        if "\r" in text or " at 0x" in text:
            print("WARNING suspicious output in", path, repr(text))
    lines = src.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    nums = [r[0] for r in records]
    mono = all(n is not None for n in nums) and all(a <= b for a, b in zip(nums, nums[1:]))

    def exp(text):
        text = text.rstrip()
        return "# expect: " + text if text else "# expect:"

    if mono and records:
        extra = {}
        for n, text in records:
            extra.setdefault(n, []).append(text)
        new = []
        for i, line in enumerate(lines, 1):
            if i in extra:
                texts = extra[i]
                indent = line[: len(line) - len(line.lstrip())]
                new.append(line + "  " + exp(texts[0]))
                for t in texts[1:]:
                    new.append(indent + exp(t))
            else:
                new.append(line)
        lines = new
        # verify it still compiles the same
        try:
            compile("\n".join(lines), path, "exec")
        except SyntaxError:
            mono = False
            lines = src.split("\n")
            if lines and lines[-1] == "":
                lines.pop()
    if not mono and records:
        lines.append("")
        for _, text in records:
            lines.append(exp(text))
    if p.returncode != 0 and errtype and "Traceback" in p.stderr:
        lines.append("# expect error: " + errtype)
    elif code != 0:
        lines.append("# expect exit: %d" % code)
    with open(path, "w") as fh:
        fh.write("\n".join(lines) + "\n")
    print("annotated %s (%d lines%s%s)" % (path, len(records), "" if mono else ", appended",
                                           ", error " + errtype if errtype and "Traceback" in p.stderr else ""))


if __name__ == "__main__":
    force = "--force" in sys.argv
    for a in sys.argv[1:]:
        if a != "--force":
            annotate(a, force)
