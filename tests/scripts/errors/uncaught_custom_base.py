class Fatal(BaseException):
    pass
try:
    raise Fatal("not an Exception")
except Exception:
    print("wrong")
# expect error: Fatal
