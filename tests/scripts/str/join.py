print(",".join(["a", "b", "c"]))  # expect: a,b,c
print("".join(["x", "y"]))  # expect: xy
print("-".join("abc"))  # expect: a-b-c
print(" ".join([]))  # expect:
print(", ".join(str(i) for i in range(5)))  # expect: 0, 1, 2, 3, 4
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: sequence item 1: expected str instance, int found
