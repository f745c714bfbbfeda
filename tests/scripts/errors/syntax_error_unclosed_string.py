print("never printed")
s = "unterminated
# expect error: SyntaxError
