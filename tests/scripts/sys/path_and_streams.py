import sys
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))  # expect: True True
n = sys.stdout.write("written directly\n")  # expect: written directly
print(n)  # expect: 17
sys.stderr.write("to stderr\n")
sys.stdout.write("no newline")
sys.stdout.write(" then newline\n")  # expect: no newline then newline
print(sys.maxsize == 2**63 - 1)  # expect: True
print(type(sys.version_info[0]).__name__)  # expect: int
