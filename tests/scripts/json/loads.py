import json
s = '{"a": [1, 2.5, "x", true, false, null], "b": {"c": {"d": [[]]}}, "e": -1e3}'
obj = json.loads(s)
print(obj)  # expect: {'a': [1, 2.5, 'x', True, False, None], 'b': {'c': {'d': [[]]}}, 'e': -1000.0}
print(obj["b"]["c"]["d"], type(obj["e"]).__name__, obj["a"][3] is True)  # expect: [[]] float True
print(json.loads("[]"), json.loads("3"), json.loads('"str\\u00e9\\n"'), json.loads("null"))  # expect: [] 3 stré
# expect:  None
print(json.loads('  {"k" : "v"}  '))  # expect: {'k': 'v'}
print(json.loads("12345678901234567890123"))  # expect: 12345678901234567890123
