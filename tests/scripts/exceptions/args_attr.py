e = OSError(2, "No such file")
print(e.args, e.errno, e.strerror)  # expect: (2, 'No such file') 2 No such file
e2 = Exception("a", "b")
print(e2.args, str(e2))  # expect: ('a', 'b') ('a', 'b')
e3 = StopIteration(5)
print(e3.value)  # expect: 5
try:
    open("/definitely/not/here.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)  # expect: FileNotFoundError 2 /definitely/not/here.txt
except OSError:
    print("oserror")
