import sys

def run(coro):
    # A minimal driver: no event loop, awaitables yield None.
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            got = yield ("tick", i)
        return self.n * 10

async def add(a, b):
    return a + b

async def main():
    x = await add(1, 2)
    y = await Sleep(3)
    return x, y

c = main()
print(type(c).__name__, c.__name__, c.__qualname__)  # expect: coroutine main main
print(run(c))  # expect: (3, 30)

# stepping by hand shows what passes through
c = main()
print(c.send(None))  # expect: ('tick', 0)
print(c.send("a"))  # expect: ('tick', 1)
print(c.send("b"))  # expect: ('tick', 2)
try:
    c.send("c")
except StopIteration as e:
    print("done", e.value)  # expect: done (3, 30)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)  # expect: RuntimeError cannot reuse already awaited coroutine

# throw into a coroutine suspended in an await
async def guarded():
    try:
        await Sleep(5)
    except ValueError as e:
        print("caught", repr(e))
        return "recovered"
c = guarded()
c.send(None)
try:
    c.throw(ValueError("boom"))  # expect: caught ValueError('boom')
except StopIteration as e:
    print(e.value)  # expect: recovered

# close runs finally
async def fin():
    try:
        await Sleep(2)
    finally:
        print("finally ran")
c = fin()
c.send(None)
c.close()  # expect: finally ran

# await on non-awaitable
async def bad():
    await 5
try:
    run(bad())
except TypeError as e:
    print(e)  # expect: object int can't be used in 'await' expression

class BadAwait:
    def __await__(self):
        return 3
async def bad2():
    await BadAwait()
try:
    run(bad2())
except TypeError as e:
    print(e)  # expect: __await__() returned non-iterator of type 'int'

# __await__ returning a coroutine's __await__ iterator
class Wrap:
    def __await__(self):
        return add(20, 22).__await__()
async def use_wrap():
    return await Wrap()
print(run(use_wrap()))  # expect: 42

# exceptions propagate through awaits
async def inner():
    raise KeyError("k")
async def outer():
    try:
        await inner()
    except KeyError as e:
        return "got " + repr(e)
print(run(outer()))  # expect: got KeyError('k')

# coroutine objects are not iterators
c = add(1, 2)
try:
    next(c)
except TypeError as e:
    print(e)  # expect: 'coroutine' object is not an iterator
try:
    iter(c)
except TypeError as e:
    print(e)  # expect: 'coroutine' object is not iterable
print(run(c), repr(c).split(" at ")[0])  # expect: 3 <coroutine object add
c = add(1, 2)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(e)  # expect: cannot reuse already awaited coroutine

# StopIteration inside a coroutine
async def stopper():
    raise StopIteration(1)
try:
    run(stopper())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)  # expect: coroutine raised StopIteration StopIteration

# async with
class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Sleep(1)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        await Sleep(1)
        return self.suppress

async def withs():
    async with ACM("a") as x, ACM("b") as y:
        print("body", x, y)
    async with ACM("c", suppress=True):
        raise ValueError("swallowed")
    for i in range(3):
        async with ACM("loop%d" % i):
            if i == 1:
                break
    try:
        async with ACM("d"):
            raise KeyError("out")
    except KeyError as e:
        print("escaped", e)
    async with ACM("r"):
        return "returned"
print(run(withs()))  # expect: enter a
# expect: enter b
# expect: body A B
# expect: exit b None
# expect: exit a None
# expect: enter c
# expect: exit c ValueError
# expect: enter loop0
# expect: exit loop0 None
# expect: enter loop1
# expect: exit loop1 None
# expect: enter d
# expect: exit d KeyError
# expect: escaped 'out'
# expect: enter r
# expect: exit r None
# expect: returned

async def nowith():
    async with 1:
        pass
try:
    run(nowith())
except TypeError as e:
    print(e)  # expect: 'int' object does not support the asynchronous context manager protocol

# async for over a class with __aiter__/__anext__
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Sleep(1)
        return self.i

async def fors():
    out = []
    async for x in Count(4):
        if x == 2:
            continue
        out.append(x)
    else:
        out.append("else")
    async for x in Count(10):
        if x == 3:
            break
    else:
        out.append("no")
    out.append(x)
    return out
print(run(fors()))  # expect: [1, 3, 4, 'else', 3]

async def badfor():
    async for x in [1, 2]:
        pass
try:
    run(badfor())
except TypeError as e:
    print(e)  # expect: 'async for' requires an object with __aiter__ method, got list

print(sys.version_info >= (3, 7))  # expect: True
