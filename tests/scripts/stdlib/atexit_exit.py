import atexit
import sys

atexit.register(print, "handler runs after sys.exit")
print("exiting")  # expect: exiting
sys.exit(3)
# expect: handler runs after sys.exit
# expect exit: 3
