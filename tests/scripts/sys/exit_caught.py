import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, type(e).__name__)  # expect: caught SystemExit 5 SystemExit
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code", e.code)  # expect: no-arg code None
try:
    sys.exit("message")
except SystemExit as e:
    print("str code", e.code)  # expect: str code message
try:
    raise SystemExit(2)
except Exception:
    print("not an Exception")
except BaseException as e:
    print("BaseException", e.code)  # expect: BaseException 2
