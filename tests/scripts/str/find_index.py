s = "hello world, hello"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.rfind("xyz"))  # expect: 0 13 -1 -1
print(s.find("o", 5), s.find("o", 5, 7), s.rfind("o", 0, 5))  # expect: 7 -1 4
print(s.index("world"), s.rindex("l"))  # expect: 6 16
print(s.count("l"), s.count("hello"), s.count(""), "aaa".count("aa"))  # expect: 5 2 19 1
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: substring not found
print(s.find(""), s.rfind(""))  # expect: 0 18
