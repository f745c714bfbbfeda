def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)  # expect: found at 1
find([1, 2, 3], 9)  # expect: not found
for x in []:
    print("body")
else:
    print("else on empty")  # expect: else on empty
