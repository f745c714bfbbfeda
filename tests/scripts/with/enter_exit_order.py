log = []
class R:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append("enter%d" % self.n)
        return self
    def __exit__(self, *a):
        log.append("exit%d" % self.n)
with R(1) as a, R(2) as b:
    with R(3):
        log.append("body")
print(log)  # expect: ['enter1', 'enter2', 'enter3', 'body', 'exit3', 'exit2', 'exit1']
class Bad:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with Bad():
        print("no body")
except ValueError as e:
    print(e)  # expect: enter failed
