x = 10
name = "fib"
print(f"{x=}")  # expect: x=10
print(f"{x + 1=}")  # expect: x + 1=11
print(f"{name=!s} {name=}")  # expect: name=fib name='fib'
print(f"{x = }")  # expect: x = 10
width = 8
prec = 2
val = 3.14159
print(f"[{val:{width}.{prec}f}]")  # expect: [    3.14]
print(f"[{name:>{width}}]")  # expect: [     fib]
align = "^"
print(f"[{name:{align}{width}}]")  # expect: [  fib   ]
print(f"{'nested ' + f'{x}'}")  # expect: nested 10
