data = [1, 5, 12, 3, 20]
big = [y for x in data if (y := x * 2) > 10]
print(big)  # expect: [24, 40]
if (n := len(data)) > 3:
    print("long", n)  # expect: long 5
i = 0
while (i := i + 1) < 4:
    print(i)  # expect: 1
    # expect: 2
    # expect: 3
