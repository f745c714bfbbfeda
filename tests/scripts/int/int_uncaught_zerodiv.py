print("before")  # expect: before
x = 10
y = 0
print(x // y)
print("after")
# expect error: ZeroDivisionError
