import json
data = {"name": "fibra", "version": [0, 1], "ok": True, "none": None, "pi": 3.5, "nested": {"a": []}}
print(json.dumps(data))  # expect: {"name": "fibra", "version": [0, 1], "ok": true, "none": null, "pi": 3.5, "nested": {"a": []}}
print(json.dumps(data, sort_keys=True))  # expect: {"name": "fibra", "nested": {"a": []}, "none": null, "ok": true, "pi": 3.5, "version": [0, 1]}
print(json.dumps([1, "two", None, False]))  # expect: [1, "two", null, false]
print(json.dumps({"b": 1, "a": 2}, separators=(",", ":")))  # expect: {"b":1,"a":2}
print(json.dumps("é\n\"q\""), json.dumps("é", ensure_ascii=False))  # expect: "\u00e9\n\"q\"" "é"
print(json.dumps({1: "int key", "s": (1, 2)}))  # expect: {"1": "int key", "s": [1, 2]}
print(json.dumps(1e100), json.dumps(10**20), json.dumps(""))  # expect: 1e+100 100000000000000000000 ""
