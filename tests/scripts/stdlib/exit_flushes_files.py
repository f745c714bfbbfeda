# At exit the interpreter empties its modules' namespaces (as CPython does), so a file
# left open in a global, or kept alive by one, is flushed and closed. os._exit skips all
# of it: what was still buffered is lost.
import os
import subprocess
import sys
import tempfile

d = tempfile.mkdtemp()
kept = os.path.join(d, "kept.txt")
nested = os.path.join(d, "nested.txt")
skipped = os.path.join(d, "skipped.txt")

child = f"""
import os
f = open({kept!r}, "w")
f.write("written, never closed")

def make():
    g = open({nested!r}, "w")
    g.write("kept alive through a list")
    return g

holder = [make()]
print("child done")
"""
r = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
print(r.returncode, r.stdout.strip(), repr(r.stderr))  # expect: 0 child done ''
for p in (kept, nested):
    with open(p) as f:
        print(f.read())
# expect: written, never closed
# expect: kept alive through a list

child = f"""
import os
f = open({skipped!r}, "w")
f.write("lost")
try:
    os._exit(3)
finally:
    print("not printed")
"""
r = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True)
with open(skipped) as f:
    print(r.returncode, repr(r.stdout), repr(f.read()))  # expect: 3 '' ''
for p in (kept, nested, skipped):
    os.remove(p)
os.rmdir(d)
