import json
data = {"list": [1, 2, {"x": None}], "empty": [], "obj": {}, "s": "v"}
print(json.dumps(data, indent=2))  # expect: {
# expect:   "list": [
# expect:     1,
# expect:     2,
# expect:     {
# expect:       "x": null
# expect:     }
# expect:   ],
# expect:   "empty": [],
# expect:   "obj": {},
# expect:   "s": "v"
# expect: }
print(json.dumps([1, [2, 3]], indent=4, sort_keys=True))  # expect: [
# expect:     1,
# expect:     [
# expect:         2,
# expect:         3
# expect:     ]
# expect: ]
print(json.dumps({"z": 1, "a": {"c": 2, "b": 3}}, indent=1, sort_keys=True))  # expect: {
# expect:  "a": {
# expect:   "b": 3,
# expect:   "c": 2
# expect:  },
# expect:  "z": 1
# expect: }
