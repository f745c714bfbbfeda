def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield "tick"

async def agen(n):
    for i in range(n):
        await Tick()
        got = yield i
        if got is not None:
            print("got", got)

async def main():
    out = []
    async for x in agen(3):
        out.append(x)
    print(out)
    print([x async for x in agen(4)])
    print({x: x * x async for x in agen(3) if x})
    print({x async for x in agen(3)})
    print([y for x in [1, 2] async for y in agen(x)])
    g = agen(5)
    print(await g.__anext__(), await g.asend("hello"))
    print(await anext(g))
    await g.aclose()
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted after aclose")
    print(await anext(agen(0), "dflt"))
    it = aiter(agen(2))
    print(await anext(it), await anext(it), await anext(it, None))
    # athrow
    async def catcher():
        try:
            yield 1
        except ValueError as e:
            yield "caught " + str(e)
        yield 3
    g = catcher()
    print(await g.asend(None))
    print(await g.athrow(ValueError("v")))
    print(await g.asend(None))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("stop")
    # aclose runs finally, may await
    async def fin():
        try:
            yield 1
            yield 2
        finally:
            await Tick()
            print("cleanup")
    g = fin()
    print(await g.__anext__())
    await g.aclose()
    # ignoring GeneratorExit
    async def stubborn():
        ignored = False
        while True:
            try:
                yield 1
            except GeneratorExit:
                if ignored:
                    return
                ignored = True
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(e)
    # async generator expression
    ge = (x * 2 async for x in agen(3))
    print(type(ge).__name__, [v async for v in ge])
    ge2 = (await add(x, 1) for x in range(3))
    print([v async for v in ge2])
    # early break does not finalize synchronously here; explicit aclose works
    g = agen(10)
    async for x in g:
        if x == 1:
            break
    await g.aclose()
    # exception inside the generator propagates
    async def boom():
        yield 1
        raise KeyError("kaboom")
    try:
        async for x in boom():
            print("item", x)
    except KeyError as e:
        print("KeyError", e)
    async def sai():
        yield 1
        raise StopAsyncIteration
    try:
        async for x in sai():
            pass
    except RuntimeError as e:
        print(e)
    # reuse of an asend awaitable
    g = agen(3)
    a = g.asend(None)
    await a
    try:
        await a
    except RuntimeError as e:
        print(e)
    return "ok"

async def add(a, b):
    await Tick()
    return a + b

print(run(main()))  # expect: [0, 1, 2]
# expect: [0, 1, 2, 3]
# expect: {1: 1, 2: 4}
# expect: {0, 1, 2}
# expect: [0, 0, 1]
# expect: got hello
# expect: 0 1
# expect: 2
# expect: exhausted after aclose
# expect: dflt
# expect: 0 1 None
# expect: 1
# expect: caught v
# expect: 3
# expect: stop
# expect: 1
# expect: cleanup
# expect: async generator ignored GeneratorExit
# expect: async_generator [0, 2, 4]
# expect: [1, 2, 3]
# expect: item 1
# expect: KeyError 'kaboom'
# expect: async generator raised StopAsyncIteration
# expect: cannot reuse already awaited __anext__()/asend()
# expect: ok
print(type(agen(1)).__name__, agen.__name__)  # expect: async_generator agen
g = agen(2)
print(repr(g).split(" at ")[0])  # expect: <async_generator object agen
try:
    aiter(5)
except TypeError as e:
    print(e)  # expect: 'int' object is not an async iterable
try:
    anext(5)
except TypeError as e:
    print(e)  # expect: 'int' object is not an async iterator
print(type(add(1, 2).__await__()).__name__)  # expect: coroutine_wrapper
