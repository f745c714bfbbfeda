def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in (-5, 0, 3, 99):
    print(n, classify(n))  # expect: -5 negative
    # expect: 0 zero
    # expect: 3 small
    # expect: 99 large
if []:
    print("empty list true")
else:
    print("empty list false")  # expect: empty list false
if 0 or None or "":
    print("no")
elif "x":
    print("x is truthy")  # expect: x is truthy
