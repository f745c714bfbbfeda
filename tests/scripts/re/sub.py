import re
print(re.sub(r"\s+", " ", "a   b \t c"))  # expect: a b c
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@example bob@host"))  # expect: example at joe host at bob
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "John Smith"))  # expect: Smith, John
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 apple 20 pears"))  # expect: 2 apple 40 pears
print(re.sub("a", "b", "aaaa", count=2), re.subn("a", "b", "banana"))  # expect: bbaa ('bbnbnb', 3)
print(re.sub(r"x", r"\n", "axb") == "a\nb")  # expect: True
