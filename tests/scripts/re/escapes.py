import re
print(re.escape("a.b*c"), re.findall(re.escape("1+1"), "1+1=2, 1+1"))  # expect: a\.b\*c ['1+1', '1+1']
print(re.findall(r"\.", "a.b.c"), re.findall(r"\$\d+", "cost $15 or $3"))  # expect: ['.', '.'] ['$15', '$3']
print(re.findall(r"\bcat\b", "cat concat cat."), re.findall(r"\Bcat", "concat"))  # expect: ['cat', 'cat'] ['cat']
print(re.findall(r"[^a-z ]", "abc DEF 12"), re.findall(r"\S+", " x  yy "))  # expect: ['D', 'E', 'F', '1', '2'] ['x', 'yy']
print(re.findall(r"a{2,3}", "a aa aaa aaaa"), re.findall(r"a+?", "aaa"), re.findall(r"<.*?>", "<a><b>"))  # expect: ['aa', 'aaa', 'aaa'] ['a', 'a', 'a'] ['<a>', '<b>']
print(re.findall(r"(?i)abc", "ABC abc"), re.findall(r"colou?r", "color colour"))  # expect: ['ABC', 'abc'] ['color', 'colour']
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error")  # expect: re.error
