import sys
try:
    print("in try")  # expect: in try
    sys.exit(4)
finally:
    print("finally runs on exit")  # expect: finally runs on exit
# expect exit: 4
