print("never printed")
class = 5
# expect error: SyntaxError
