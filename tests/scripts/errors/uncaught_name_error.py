print("ok")  # expect: ok
print(undefined_variable)
# expect error: NameError
