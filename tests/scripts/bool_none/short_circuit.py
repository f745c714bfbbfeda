def t(x):
    print("eval", x)
    return x
print(t(0) and t(1))  # expect: eval 0
# expect: 0
print(t(1) and t(2))  # expect: eval 1
# expect: eval 2
# expect: 2
print(t(0) or t(3))  # expect: eval 0
# expect: eval 3
# expect: 3
print(t(4) or t(5))  # expect: eval 4
# expect: 4
print(None or "default")  # expect: default
print("" and "never")  # expect:
print([] or {} or 0)  # expect: 0
