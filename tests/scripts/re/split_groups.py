import re
print(re.split(r"[,;]\s*", "a, b;c,  d"))  # expect: ['a', 'b', 'c', 'd']
print(re.split(r"(,)", "a,b,c"))  # expect: ['a', ',', 'b', ',', 'c']
print(re.split(r"\s+", "  lead and trail  "))  # expect: ['', 'lead', 'and', 'trail', '']
print(re.split(",", "a,b,c,d", maxsplit=2))  # expect: ['a', 'b', 'c,d']
m = re.match(r"(?P<key>\w+)=(?P<val>\w*)(x)?", "name=fibra")
print(m.group("key"), m.group("val"), m.groupdict(), m.groups(), m.group(3))  # expect: name fibra {'key': 'name', 'val': 'fibra'} ('name', 'fibra', None) None
print(m.group(1, 2), m["key"], m.lastindex)  # expect: ('name', 'fibra') name 2
