def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
    finally:
        print(f"div {a}/{b}")
results = [safe_div(10, d) for d in (2, 0, 5)]  # expect: div 10/2
# expect: div 10/0
# expect: div 10/5
print(results)  # expect: [5.0, None, 2.0]
total = 0
for s in ["1", "x", "3", "", "5"]:
    try:
        total += int(s)
    except ValueError:
        continue
print(total)  # expect: 9
