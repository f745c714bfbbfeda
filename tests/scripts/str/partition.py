print("key=value=x".partition("="))  # expect: ('key', '=', 'value=x')
print("key=value=x".rpartition("="))  # expect: ('key=value', '=', 'x')
print("novalue".partition("="))  # expect: ('novalue', '', '')
print("novalue".rpartition("="))  # expect: ('', '', 'novalue')
print("a::b".partition("::"))  # expect: ('a', '::', 'b')
k, _, v = "name: fibra".partition(": ")
print(k, v)  # expect: name fibra
