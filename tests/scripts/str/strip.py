print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()))  # expect: 'hi' 'hi  ' '  hi'
print("xxhixx".strip("x"), "abcHIcba".strip("abc"))  # expect: hi HI
print(repr("\t\n hi \n".strip()))  # expect: 'hi'
print("www.example.com".lstrip("w."), "file.txt..".rstrip("."))  # expect: example.com file.txt
print(repr("".strip()))  # expect: ''
