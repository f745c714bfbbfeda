print("never printed")
def f():
return 1
# expect error: IndentationError
