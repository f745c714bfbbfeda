import json
vals = [{"k": [1, {"n": None}]}, [True, False], "unicode ✓", 0.1, -5, {"": ""}]
for v in vals:
    s = json.dumps(v)
    back = json.loads(s)
    print(s, back == v)  # expect: {"k": [1, {"n": null}]} True
    # expect: [true, false] True
    # expect: "unicode \u2713" True
    # expect: 0.1 True
    # expect: -5 True
    # expect: {"": ""} True
print(json.loads(json.dumps((1, 2))))  # expect: [1, 2]
