def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g))  # expect: 1
g.close()  # expect: cleanup
print("closed")  # expect: closed
g.close()
try:
    next(g)
except StopIteration:
    print("StopIteration after close")  # expect: StopIteration after close
def gen2():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = gen2()
next(g)
g.close()  # expect: got GeneratorExit
for x in gen():
    print(x)  # expect: 1
    break  # expect: cleanup
print("after break")  # expect: after break
