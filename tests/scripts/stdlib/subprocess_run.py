# subprocess.run and the helpers around it: captured output (bytes and text), input,
# exit codes, check=True, shell commands, env and cwd, timeouts, and CPython's errors.
# Only portable commands (echo, cat, sh, true, false, sleep, printf); no inherited output.
import subprocess


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: subprocess.run(["echo", "hi"], capture_output=True))  # expect: CompletedProcess(args=['echo', 'hi'], returncode=0, stdout=b'hi\n', stderr=b'')
show(lambda: subprocess.run(["echo", "hi"], stdout=subprocess.PIPE, text=True))  # expect: CompletedProcess(args=['echo', 'hi'], returncode=0, stdout='hi\n')
show(lambda: subprocess.run(["false"]))  # expect: CompletedProcess(args=['false'], returncode=1)
show(lambda: subprocess.run(["true"]).returncode)  # expect: 0
show(lambda: subprocess.run(["false"], check=True))  # expect: CalledProcessError: Command '['false']' returned non-zero exit status 1.
show(lambda: subprocess.run(["nosuchcmd-fibra"]))  # expect: FileNotFoundError: [Errno 2] No such file or directory: 'nosuchcmd-fibra'
show(lambda: subprocess.run("exit 3", shell=True))  # expect: CompletedProcess(args='exit 3', returncode=3)
show(lambda: subprocess.run("exit 3", shell=True, check=True))  # expect: CalledProcessError: Command 'exit 3' returned non-zero exit status 3.
show(lambda: subprocess.run(["sh", "-c", "exit 300"]).returncode)  # expect: 44
show(lambda: subprocess.run(["cat"], input=b"data in", capture_output=True))  # expect: CompletedProcess(args=['cat'], returncode=0, stdout=b'data in', stderr=b'')
show(lambda: subprocess.run(["cat"], input="text in\r\nx\ry", capture_output=True, text=True))  # expect: CompletedProcess(args=['cat'], returncode=0, stdout='text in\nx\ny', stderr='')
show(lambda: subprocess.run(["sh", "-c", "echo out; echo err >&2"], capture_output=True))  # expect: CompletedProcess(args=['sh', '-c', 'echo out; echo err >&2'], returncode=0, stdout=b'out\n', stderr=b'err\n')
show(lambda: subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE,  # expect: CompletedProcess(args=['sh', '-c', 'echo out; echo err >&2'], returncode=0, stdout=b'out\nerr\n')
                            stderr=subprocess.STDOUT))
show(lambda: subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.DEVNULL,  # expect: CompletedProcess(args=['sh', '-c', 'echo out; echo err >&2'], returncode=0, stderr=b'err\n')
                            stderr=subprocess.PIPE))
show(lambda: subprocess.run(["printf", "\\351t\\351"], capture_output=True, encoding="latin-1"))  # expect: CompletedProcess(args=['printf', '\\351t\\351'], returncode=0, stdout='été', stderr='')
show(lambda: subprocess.run(["printf", "\\351t\\351"], capture_output=True, text=True,  # expect: CompletedProcess(args=['printf', '\\351t\\351'], returncode=0, stdout='�t�', stderr='')
                            errors="replace"))
show(lambda: subprocess.run(["printf", "a\\r\\nb\\rc"], capture_output=True,  # expect: CompletedProcess(args=['printf', 'a\\r\\nb\\rc'], returncode=0, stdout='a\nb\nc', stderr='')
                            universal_newlines=True))
show(lambda: subprocess.run(["cat"], input="\u00e9", capture_output=True, encoding="ascii"))  # expect: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)

show(lambda: subprocess.check_output(["echo", "x"]))  # expect: b'x\n'
show(lambda: subprocess.check_output(["cat"], input=b"fed"))  # expect: b'fed'
show(lambda: subprocess.check_output(["cat"], input=None))  # expect: b''
show(lambda: subprocess.check_output("echo $FOO", shell=True, env={"FOO": "bar"}))  # expect: b'bar\n'
show(lambda: subprocess.check_output(["sh", "-c", "echo $0 $1", "zero", "one"], text=True))  # expect: 'zero one\n'
show(lambda: subprocess.check_output(["pwd"], cwd="/"))  # expect: b'/\n'
show(lambda: subprocess.check_output(["pwd"], cwd="/nonexistent-fibra"))  # expect: FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent-fibra'
show(lambda: subprocess.check_output(["sh", "-c", "exit 5"]))  # expect: CalledProcessError: Command '['sh', '-c', 'exit 5']' returned non-zero exit status 5.
show(lambda: subprocess.check_call(["true"]))  # expect: 0
show(lambda: subprocess.check_call(["false"]))  # expect: CalledProcessError: Command '['false']' returned non-zero exit status 1.
show(lambda: subprocess.call(["sh", "-c", "exit 7"]))  # expect: 7
show(lambda: subprocess.getoutput("echo hello; echo err >&2"))  # expect: 'hello\nerr'
show(lambda: subprocess.getstatusoutput("echo hello; exit 4"))  # expect: (4, 'hello')
show(lambda: subprocess.getstatusoutput("printf 'no newline'"))  # expect: (0, 'no newline')

try:
    subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 2"], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr, e.args)  # expect: 2 ['sh', '-c', 'echo out; echo err >&2; exit 2'] b'out\n' b'out\n' b'err\n' (2, ['sh', '-c', 'echo out; echo err >&2; exit 2'])
try:
    subprocess.run(["sh", "-c", "kill -9 $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, e)  # expect: -9 Command '['sh', '-c', 'kill -9 $$']' died with <Signals.SIGKILL: 9>.
show(lambda: subprocess.run(["sh", "-c", "kill -TERM $$"], check=True))  # expect: CalledProcessError: Command '['sh', '-c', 'kill -TERM $$']' died with <Signals.SIGTERM: 15>.

# Timeouts: the child is killed; output read so far travels with the exception.
try:
    subprocess.run(["sh", "-c", "echo partial; echo e >&2; exec sleep 5"], timeout=1,
                   capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e, e.timeout, e.output, e.stdout, e.stderr)  # expect: Command '['sh', '-c', 'echo partial; echo e >&2; exec sleep 5']' timed out after 1 seconds 1 b'partial\n' b'partial\n' b'e\n'
try:
    subprocess.run(["sleep", "5"], timeout=0.2, stdout=subprocess.PIPE)
except subprocess.TimeoutExpired as e:
    print(e.cmd, e.timeout, e.output, e.stderr)  # expect: ['sleep', '5'] 0.2 None None
try:
    subprocess.check_output(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, issubclass(type(e), subprocess.SubprocessError))  # expect: TimeoutExpired True

# Argument errors.
show(lambda: subprocess.run(["echo", 1]))  # expect: TypeError: expected str, bytes or os.PathLike object, not int
show(lambda: subprocess.run(["true"], env={"A": 1}))  # expect: TypeError: expected str, bytes or os.PathLike object, not int
show(lambda: subprocess.run(["true"], env={"A=B": "1"}))  # expect: ValueError: illegal environment variable name
show(lambda: subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE))  # expect: ValueError: stdin and input arguments may not both be used.
show(lambda: subprocess.check_output(["echo"], stdout=None))  # expect: ValueError: stdout argument not allowed, it will be overridden.
show(lambda: subprocess.check_output(["echo"], check=False))  # expect: ValueError: check argument not allowed, it will be overridden.
show(lambda: subprocess.run(["echo", "hi"], capture_output=True, stdout=subprocess.PIPE))  # expect: ValueError: stdout and stderr arguments may not be used with capture_output.
show(lambda: subprocess.run(["true"], text=True, universal_newlines=False))  # expect: SubprocessError: Cannot disambiguate when both text and universal_newlines are supplied but different. Pass one or the other.
show(lambda: subprocess.run([]))  # expect: IndexError: list index out of range
show(lambda: subprocess.run(["true"], startupinfo=1))  # expect: ValueError: startupinfo is only supported on Windows platforms
show(lambda: subprocess.run(["/etc/passwd"]))  # expect: PermissionError: [Errno 13] Permission denied: '/etc/passwd'
show(lambda: subprocess.run(["true"], cwd="/etc/passwd"))  # expect: NotADirectoryError: [Errno 20] Not a directory: '/etc/passwd'

print(repr(subprocess.CompletedProcess(["a"], 0)), repr(subprocess.CompletedProcess("a", 1, b"o", "e")))  # expect: CompletedProcess(args=['a'], returncode=0) CompletedProcess(args='a', returncode=1, stdout=b'o', stderr='e')
show(lambda: subprocess.CompletedProcess(["a"], 2, b"x").check_returncode())  # expect: CalledProcessError: Command '['a']' returned non-zero exit status 2.
print(subprocess.CompletedProcess(["a"], 0).check_returncode())  # expect: None
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)  # expect: -1 -2 -3
print(str(subprocess.CalledProcessError(-99, "x")), subprocess.TimeoutExpired("c", 3))  # expect: Command 'x' died with unknown signal 99. Command 'c' timed out after 3 seconds
print(subprocess.list2cmdline(["a b", 'c"d', "e\\", ""]))  # expect: "a b" c\"d e\ ""
show(lambda: subprocess.run(["echo", "a\0b"]))  # expect: ValueError: embedded null byte
show(lambda: subprocess.run(["true"], env={"A": "b\0"}))  # expect: ValueError: embedded null byte
show(lambda: subprocess.run(["true"], cwd="a\0"))  # expect: ValueError: embedded null byte
show(lambda: subprocess.run(["cat"], input="x"))  # expect: TypeError: a bytes-like object is required, not 'str'
show(lambda: subprocess.run(["cat"], input=5))  # expect: TypeError: a bytes-like object is required, not 'int'
show(lambda: subprocess.run(["true"], timeout=float("nan")))  # expect: CompletedProcess(args=['true'], returncode=0)
show(lambda: subprocess.run(["true"], timeout=1e300))  # expect: CompletedProcess(args=['true'], returncode=0)
