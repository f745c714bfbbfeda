rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
print(f"{'name':<10}{'qty':>5}{'price':>8}")  # expect: name        qty   price
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5}{price:>8.2f}")  # expect: apple         3    1.50
    # expect: banana       12    0.25
    # expect: cherry      100   10.00
total = sum(q * p for _, q, p in rows)
print(f"{'total':<15}{total:>8.2f}")  # expect: total           1007.50
print("-" * 23)  # expect: -----------------------
