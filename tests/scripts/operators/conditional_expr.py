for n in range(-1, 2):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")  # expect: neg
    # expect: zero
    # expect: pos
x = 10
y = x * 2 if x > 5 else x / 2
print(y)  # expect: 20
print([("even" if i % 2 == 0 else "odd") for i in range(4)])  # expect: ['even', 'odd', 'even', 'odd']
f = (lambda: "a") if x else (lambda: "b")
print(f())  # expect: a
