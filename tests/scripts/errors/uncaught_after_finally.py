try:
    raise ValueError("escapes")
finally:
    print("finally first")  # expect: finally first
# expect error: ValueError
