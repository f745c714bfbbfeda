# args: alpha beta 42
import sys
print(len(sys.argv), sys.argv[1:])  # expect: 4 ['alpha', 'beta', '42']
print(sys.argv[0].endswith("argv.py"))  # expect: True
print(int(sys.argv[3]) + 1)  # expect: 43
