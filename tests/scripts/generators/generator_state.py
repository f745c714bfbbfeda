def g():
    yield 1
    yield 2
gen = g()
print(iter(gen) is gen)  # expect: True
print(list(gen), list(gen))  # expect: [1, 2] []
def pipeline(data):
    nums = (int(x) for x in data)
    squares = (n * n for n in nums)
    return sum(squares)
print(pipeline(["1", "2", "3"]))  # expect: 14
def running_gen():
    r = yield "first"
    print("received", r)
    yield "second"
x = running_gen()
print(x.send(None))  # expect: first
print(x.send("hello"))  # expect: received hello
# expect: second
