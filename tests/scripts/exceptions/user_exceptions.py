class MyError(Exception):
    pass
class DetailedError(MyError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
try:
    raise MyError("plain", 2)
except MyError as e:
    print(e, e.args, repr(e))  # expect: ('plain', 2) ('plain', 2) MyError('plain', 2)
try:
    raise DetailedError(404, "not found")
except MyError as e:
    print(e, e.args, e.code, type(e).__name__, isinstance(e, Exception))  # expect: [404] not found (404, 'not found') 404 DetailedError True
e = MyError()
print(repr(str(e)), e.args, repr(e))  # expect: '' () MyError()
print(str(ValueError("single")), repr(ValueError("a", 1)))  # expect: single ValueError('a', 1)
print(repr(KeyError("k")), str(KeyError("k")))  # expect: KeyError('k') 'k'
