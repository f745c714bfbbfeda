import re
print(re.findall(r"\d+", "a1 b22 c333"))  # expect: ['1', '22', '333']
print(re.findall(r"(\w)(\d)", "a1 b2 c3"))  # expect: [('a', '1'), ('b', '2'), ('c', '3')]
print(re.findall(r"x*", "axxb"))  # expect: ['', 'xx', '', '']
for m in re.finditer(r"[A-Z]\w*", "Hello big World Again"):
    print(m.group(), m.span())  # expect: Hello (0, 5)
    # expect: World (10, 15)
    # expect: Again (16, 21)
print(re.findall(r"(?:ab)+", "ababx ab"))  # expect: ['abab', 'ab']
print(len(list(re.finditer("o", "foo boo"))))  # expect: 4
