import re
print(re.findall("hello", "Hello HELLO hello", re.I))  # expect: ['Hello', 'HELLO', 'hello']
print(re.findall(r"^\w+", "one two\nthree four\nfive", re.M))  # expect: ['one', 'three', 'five']
print(re.findall(r"^\w+", "one two\nthree four"))  # expect: ['one']
print(re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S).group() == "a\nb")  # expect: None True
print(re.findall(r"end$", "end\nend", re.M), re.findall(r"end$", "end\nend"))  # expect: ['end', 'end'] ['end']
print(re.findall("A", "aA", re.IGNORECASE | re.MULTILINE))  # expect: ['a', 'A']
p = re.compile(r"^x", re.I | re.M)
print(p.findall("x\nX\ny"))  # expect: ['x', 'X']
