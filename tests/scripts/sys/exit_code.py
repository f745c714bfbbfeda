import sys
print("exiting with 3")  # expect: exiting with 3
sys.exit(3)
print("unreachable")
# expect exit: 3
