try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: unhashable type: 'list'
try:
    set([{}])
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: unhashable type: 'dict'
print(sorted({(1, 2), (0, 1)}))  # expect: [(0, 1), (1, 2)]
print({1, 1.0, True})  # expect: {1}
