# Edge cases of the coroutine protocols, with CPython's messages.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield "tick"

def check(f):
    try:
        r = run(f())
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

async def add(a, b):
    return a + b

# sending into just-started coroutines / async generators
c = add(1, 2)
try:
    c.send(1)
except TypeError as e:
    print(e)  # expect: can't send non-None value to a just-started coroutine
c.close()
async def ag():
    yield 1
g = ag()
try:
    g.asend(5).send(None)
except TypeError as e:
    print(e)  # expect: can't send non-None value to a just-started async generator

# awaiting a coroutine twice
async def twice():
    c = add(1, 1)
    await c
    await c
check(twice)  # expect: RuntimeError: cannot reuse already awaited coroutine

# a coroutine awaiting itself
async def selfish():
    await me
me = selfish()
try:
    run(me)
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: coroutine already executing

# protocol errors
class AEnterBad:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass
async def aenter_bad():
    async with AEnterBad():
        pass
check(aenter_bad)  # expect: TypeError: 'async with' received an object from __aenter__ that does not implement __await__: int

class AExitBad:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return 2
async def aexit_bad():
    async with AExitBad():
        pass
check(aexit_bad)  # expect: TypeError: 'async with' received an object from __aexit__ that does not implement __await__: int

class OnlyEnter:
    async def __aenter__(self):
        pass
async def only_enter():
    async with OnlyEnter():
        pass
check(only_enter)  # expect: TypeError: 'OnlyEnter' object does not support the asynchronous context manager protocol (missed __aexit__ method)

class SyncOnly:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
async def sync_cm():
    async with SyncOnly():
        pass
check(sync_cm)  # expect: TypeError: 'SyncOnly' object does not support the asynchronous context manager protocol

class AiterBad:
    def __aiter__(self):
        return 5
async def aiter_bad():
    async for x in AiterBad():
        pass
check(aiter_bad)  # expect: TypeError: 'async for' received an object from __aiter__ that does not implement __anext__: int

class AnextBad:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7
async def anext_bad():
    async for x in AnextBad():
        pass
check(anext_bad)  # expect: TypeError: 'async for' received an invalid object from __anext__: int

class AwaitCoro:
    def __await__(self):
        return add(1, 2)
async def await_coro():
    await AwaitCoro()
check(await_coro)  # expect: TypeError: __await__() returned a coroutine

def gen():
    yield 1
async def await_gen():
    await gen()
check(await_gen)  # expect: TypeError: object generator can't be used in 'await' expression

def yield_from_coro():
    yield from add(1, 2)
try:
    list(yield_from_coro())
except TypeError as e:
    print(e)  # expect: cannot 'yield from' a coroutine object in a non-coroutine generator

async def yield_from_agen():
    async for x in [1]:
        pass
check(yield_from_agen)  # expect: TypeError: 'async for' requires an object with __aiter__ method, got list

# return values, exceptions in finally, awaits in except/finally
async def flow():
    out = []
    try:
        try:
            await Tick()
            raise KeyError("a")
        except KeyError:
            await Tick()
            out.append("handled")
            raise ValueError("b")
        finally:
            await Tick()
            out.append("finally")
    except ValueError as e:
        out.append(repr(e.__context__))
    for i in range(3):
        try:
            await Tick()
            if i == 1:
                continue
            out.append(i)
        finally:
            await Tick()
    return out
check(flow)  # expect: ok ['handled', 'finally', "KeyError('a')", 0, 2]

# __aexit__ sees the exception and can replace it
class Replace:
    async def __aenter__(self):
        return self
    async def __aexit__(self, t, v, tb):
        await Tick()
        raise RuntimeError("replaced " + t.__name__)
async def replaced():
    try:
        async with Replace():
            raise KeyError("orig")
    except RuntimeError as e:
        return str(e), type(e.__context__).__name__
check(replaced)  # expect: ok ('replaced KeyError', 'KeyError')

# async generator: athrow with type and value, aclose of unstarted and finished gens
async def agen_flow():
    async def g():
        try:
            yield 1
        except KeyError as e:
            yield "caught " + repr(e)
        await Tick()
        yield 3
    it = g()
    out = [await it.asend(None), await it.athrow(KeyError, KeyError("x")), await anext(it)]
    try:
        await it.athrow(ValueError)
    except ValueError:
        out.append("ValueError propagated")
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append("finished")
    await g().aclose()
    await it.aclose()
    try:
        await it.athrow(KeyError)
    except StopAsyncIteration:
        out.append("athrow on finished")
    except KeyError:
        out.append("KeyError on finished")
    return out
check(agen_flow)  # expect: ok [1, "caught KeyError('x')", 3, 'ValueError propagated', 'finished']

# a return inside an async generator's loop ends it
async def agen_return():
    async def g():
        for i in range(5):
            if i == 2:
                return
            yield i
    return [x async for x in g()]
check(agen_return)  # expect: ok [0, 1]

# nested async comprehensions, awaits in conditions and element
async def comps():
    async def g(n):
        for i in range(n):
            await Tick()
            yield i
    a = [[y async for y in g(x)] async for x in g(3)]
    b = [await add(x, 1) for x in range(3) if await add(x, 0)]
    c = {k: await add(k, k) async for k in g(3)}
    return a, b, c
check(comps)  # expect: ok ([[], [0], [0, 1]], [2, 3], {0: 0, 1: 2, 2: 4})

print(type(ag()).__name__, type(add(1, 1).__await__()).__name__, type(ag().asend(None)).__name__,  # expect: async_generator coroutine_wrapper async_generator_asend async_generator_athrow
      type(ag().athrow(ValueError)).__name__)
import collections.abc as cabc
c = add(1, 2)
print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable), isinstance(ag(), cabc.AsyncGenerator))  # expect: True True True
c.close()
print(c.cr_running, ag().ag_running)  # expect: False False
