print("hello world".replace("o", "0"))  # expect: hell0 w0rld
print("aaaa".replace("a", "b", 2))  # expect: bbaa
print("abc".replace("", "-"))  # expect: -a-b-c-
print("abcabc".replace("bc", ""))  # expect: aa
print("no match".replace("z", "y"))  # expect: no match
print("mississippi".replace("ss", "SS"))  # expect: miSSiSSippi
