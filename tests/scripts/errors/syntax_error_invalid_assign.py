print("never printed")
1 + 1 = 2
# expect error: SyntaxError
