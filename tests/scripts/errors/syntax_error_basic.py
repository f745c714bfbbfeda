print("this line must not run")
x = (1 +
def broken(:
    pass
# expect error: SyntaxError
