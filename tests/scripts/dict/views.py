d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)  # expect: dict_keys(['a', 'b', 'c']) dict_values([1, 2, 3]) dict_items([('a', 1), ('b', 2), ('c', 3)])
d["d"] = 4
print(list(k), list(v), list(it))  # expect: ['a', 'b', 'c', 'd'] [1, 2, 3, 4] [('a', 1), ('b', 2), ('c', 3), ('d', 4)]
print(len(k), "a" in k, 2 in v, ("a", 1) in it)  # expect: 4 True True True
print(sorted(k - {"a"}), sorted(k & {"a", "z"}), sorted(k | {"z"}))  # expect: ['b', 'c', 'd'] ['a'] ['a', 'b', 'c', 'd', 'z']
for key, val in d.items():
    print(key, val)  # expect: a 1
    # expect: b 2
    # expect: c 3
    # expect: d 4
print(list(reversed(d)))  # expect: ['d', 'c', 'b', 'a']
