import json
for bad in ['{"a": 1,}', "[1, 2", "nope", "", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)  # expect: JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 9 (char 8)
        # expect: JSONDecodeError: Expecting ',' delimiter: line 1 column 6 (char 5)
        # expect: JSONDecodeError: Expecting value: line 1 column 1 (char 0)
        # expect: JSONDecodeError: Expecting value: line 1 column 1 (char 0)
        # expect: JSONDecodeError: Expecting ':' delimiter: line 1 column 6 (char 5)
    except ValueError as e:
        print("ValueError", e)
print(issubclass(json.JSONDecodeError, ValueError))  # expect: True
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: Object of type set is not JSON serializable
