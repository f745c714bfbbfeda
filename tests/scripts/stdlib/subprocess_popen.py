# subprocess.Popen: pipes as file objects (bytes and text), communicate (input, both
# pipes at once, large outputs, timeouts and retries), wait/poll/kill/terminate,
# pipelines between children, and other threads running while a child is waited for.
import subprocess
import threading

PIPE = subprocess.PIPE


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


with subprocess.Popen(["sh", "-c", "echo a; echo b; echo c"], stdout=PIPE) as p:
    print(p.stdout.readline(), list(p.stdout), p.stdout.readable())  # expect: b'a\n' [b'b\n', b'c\n'] True
print(p.returncode, p.stdout.closed)  # expect: 0 True

with subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE, text=True) as p:
    print(p.stdin.write("line1\nline2\n"))  # expect: 12
    p.stdin.close()
    print(repr(p.stdout.read()))  # expect: 'line1\nline2\n'
print(p.returncode)  # expect: 0

with subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE) as p:
    p.stdin.write(b"abcdef")
    p.stdin.close()
    print(p.stdout.read(2), p.stdout.read1(10), p.stdout.read(), p.stdout.read())  # expect: b'ab' b'cdef' b'' b''

# A pipeline: sort reads what printf writes.
p1 = subprocess.Popen(["printf", "b\\na\\nc\\n"], stdout=PIPE)
p2 = subprocess.Popen(["sort"], stdin=p1.stdout, stdout=PIPE)
p1.stdout.close()
print(p2.communicate()[0], p1.wait(), p2.returncode)  # expect: b'a\nb\nc\n' 0 0

# Both pipes full at once: communicate reads them concurrently.
big = b"x" * 1000000
p = subprocess.Popen(["sh", "-c", "cat; head -c 300000 /dev/zero >&2; echo done >&2"],
                     stdin=PIPE, stdout=PIPE, stderr=PIPE)
out, err = p.communicate(big)
print(len(out), out == big, len(err), err[-5:], p.returncode)  # expect: 1000000 True 300005 b'done\n' 0

p = subprocess.Popen(["cat"], stdin=PIPE, stdout=PIPE)
show(lambda: p.communicate(b"abc", timeout=10))  # expect: (b'abc', None)
show(lambda: p.communicate())  # expect: (b'abc', None)
show(lambda: p.communicate(b"more"))  # expect: ValueError: Cannot send input after starting communication

# A timeout leaves the child running; communicate() again after kill() finishes.
p = subprocess.Popen(["sh", "-c", "echo early; exec sleep 5"], stdout=PIPE, stderr=PIPE)
print(p.stdout.readline())  # expect: b'early\n'
show(lambda: p.communicate(timeout=0.2))  # expect: TimeoutExpired: Command '['sh', '-c', 'echo early; exec sleep 5']' timed out after 0.2 seconds
p.kill()
show(lambda: p.communicate())  # expect: (b'', b'')
print(p.returncode, p.poll())  # expect: -9 -9

p = subprocess.Popen(["sleep", "5"])
print(p.poll(), p.returncode, isinstance(p.pid, int) and p.pid > 0)  # expect: None None True
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e)  # expect: TimeoutExpired: Command '['sleep', '5']' timed out after 0.1 seconds
p.terminate()
print(p.wait(), p.returncode, p.wait(), p.poll())  # expect: -15 -15 -15 -15
p.kill()
p.send_signal(9)

p = subprocess.Popen(["sh", "-c", "echo start; exec sleep 5"], stdout=PIPE)
print(p.stdout.readline())  # expect: b'start\n'
p.kill()
print(p.stdout.read(), p.wait())  # expect: b'' -9
p.stdout.close()
show(lambda: p.stdout.read())  # expect: ValueError: read of closed file
show(lambda: p.stdout.readline())  # expect: ValueError: readline of closed file
p = subprocess.Popen(["true"], stdin=PIPE)
p.stdin.close()
show(lambda: p.stdin.write(b"x"))  # expect: ValueError: write to closed file
show(lambda: p.stdin.flush())  # expect: ValueError: flush of closed file
print(p.wait(), p.stdin.closed)  # expect: 0 True

# Feeding a child that does not read everything is not an error.
with subprocess.Popen(["head", "-c", "10"], stdin=PIPE, stdout=PIPE) as p:
    print(p.communicate(b"y" * 500000))  # expect: (b'yyyyyyyyyy', None)

p = subprocess.Popen(["true"])
print(repr(p) == "<Popen: returncode: None args: ['true']>", p.wait(), repr(p))  # expect: True 0 <Popen: returncode: 0 args: ['true']>
print(p.args, p.stdin, p.stdout, p.stderr, p.universal_newlines)  # expect: ['true'] None None None None
with subprocess.Popen(["echo", "t"], stdout=PIPE, universal_newlines=True) as p:
    print(p.text_mode, p.stdout.read())  # expect: True t
    # expect:
show(lambda: subprocess.Popen(["true"], stdout=5))  # expect: OSError: [Errno 9] Bad file descriptor
show(lambda: subprocess.Popen(None))  # expect: TypeError: 'NoneType' object is not iterable

# Another thread computes while this one waits for a child (the wait releases the VM).
done = []


def worker():
    n = 0
    for i in range(100000):
        n += i
    done.append(n)


th = threading.Thread(target=worker)
th.start()
subprocess.run(["sleep", "0.2"])
th.join()
print(done)  # expect: [4999950000]

results = []


def spawner(i):
    r = subprocess.run(["sh", "-c", "echo $0", str(i)], capture_output=True, text=True)
    results.append(r.stdout.strip())


threads = [threading.Thread(target=spawner, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))  # expect: ['0', '1', '2', '3', '4', '5']
