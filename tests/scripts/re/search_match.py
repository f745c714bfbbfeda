import re
m = re.search(r"(\d+)-(\d+)", "range: 10-20 end")
print(m.group(), m.group(0), m.group(1), m.group(2), m.groups())  # expect: 10-20 10-20 10 20 ('10', '20')
print(m.span(), m.start(), m.end(), m.start(2), m.end(1))  # expect: (7, 12) 7 12 10 9
print(re.match(r"\d+", "abc123"), re.match(r"[a-z]+", "abc123").group())  # expect: None abc
print(re.fullmatch(r"\w+", "abc_1") is not None, re.fullmatch(r"\w+", "ab c"))  # expect: True None
print(re.search("x", "abc"))  # expect: None
p = re.compile(r"[aeiou]")
print(p.search("rhythm and"), p.findall("education"))  # expect: <re.Match object; span=(7, 8), match='a'> ['e', 'u', 'a', 'i', 'o']
print(bool(re.match("", "")), m.string, m.re.pattern)  # expect: True range: 10-20 end (\d+)-(\d+)
