import sys
print("bye")  # expect: bye
sys.exit(0)
print("unreachable")
