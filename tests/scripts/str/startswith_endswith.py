s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.endswith(".gz"), s.endswith(".zip"))  # expect: True False True False
print(s.endswith((".zip", ".gz")), s.startswith(("a", "b")))  # expect: True False
print(s.startswith("name", 4), s.endswith("file", 0, 4))  # expect: True True
print("".startswith(""), "abc".endswith(""))  # expect: True True
