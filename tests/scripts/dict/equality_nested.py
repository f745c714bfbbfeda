a = {"x": [1, 2], "y": {"z": None}}
b = {"y": {"z": None}, "x": [1, 2]}
print(a == b, a != b)  # expect: True False
print(a["y"]["z"], a["x"][-1])  # expect: None 2
a["y"]["z"] = {"deep": True}
print(a)  # expect: {'x': [1, 2], 'y': {'z': {'deep': True}}}
print({1: 1} == {1: 1.0}, {} == {})  # expect: True True
