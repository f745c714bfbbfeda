print(str(1), str(1.5), str(None), str(True), str([1, "a"]), str((1,)), str({"a": 1}))  # expect: 1 1.5 None True [1, 'a'] (1,) {'a': 1}
print(repr("s"), repr([1, "s", 2.5, None]))  # expect: 's' [1, 's', 2.5, None]
print("abc".__len__(), len(""))  # expect: 3 0
print("Hello"[1:].upper())  # expect: ELLO
s = """multi
line"""
print(s)  # expect: multi
# expect: line
print("adjacent" " literals")  # expect: adjacent literals
print(str(), repr(str()))  # expect:  ''
