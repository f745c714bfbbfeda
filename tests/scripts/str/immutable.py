s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: 'str' object does not support item assignment
t = s
t += "d"
print(s, t)  # expect: abc abcd
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: can only concatenate str (not "int") to str
