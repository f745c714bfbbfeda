s = "hello World 123 fOO"
print(s.upper())  # expect: HELLO WORLD 123 FOO
print(s.lower())  # expect: hello world 123 foo
print(s.title())  # expect: Hello World 123 Foo
print(s.capitalize())  # expect: Hello world 123 foo
print(s.swapcase())  # expect: HELLO wORLD 123 Foo
print("they're bill's".title())  # expect: They'Re Bill'S
print("ß".upper(), "İ".lower() == "i̇")  # expect: SS True
print("ÉCOLE".lower(), "straße".upper())  # expect: école STRASSE
