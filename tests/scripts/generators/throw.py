def g():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("handled", e)
gen = g()
print(next(gen))  # expect: waiting
print(gen.throw(ValueError("injected")))  # expect: handled injected
# expect: waiting
try:
    gen.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", e)  # expect: propagated 'unhandled'
