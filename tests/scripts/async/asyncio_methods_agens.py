import asyncio
import functools
import inspect

class Base:
    async def hello(self):
        await asyncio.sleep(0)
        return "base"

class Child(Base):
    async def hello(self):
        r = await super().hello()
        return "child+" + r

    @classmethod
    async def make(cls):
        return cls.__name__

    @staticmethod
    async def static(x):
        return x * 3

def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*a, **k):
        r = await fn(*a, **k)
        return f"{fn.__name__}->{r}"
    return wrapper

@logged
async def double(x):
    return 2 * x

async def ticker(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        await asyncio.sleep(0)
        print("ticker cleanup", n)

async def main():
    c = Child()
    print(await c.hello(), await Child.make(), await Child.static(2), await double(4))
    print(double.__name__, inspect.iscoroutinefunction(double),
          inspect.iscoroutinefunction(functools.partial(double, 1)),
          inspect.iscoroutinefunction(c.hello), asyncio.iscoroutinefunction(Child.static))
    # closures and nonlocal in coroutines
    total = 0
    async def acc(x):
        nonlocal total
        await asyncio.sleep(0)
        total += x
    await asyncio.gather(*(acc(i) for i in range(5)))
    print(total)
    # async generators driven by the loop
    print([x async for x in ticker(3, 0.001)])
    merged = []
    async def drain(n, d):
        async for x in ticker(n, d):
            merged.append((n, x))
    await asyncio.gather(drain(2, 0.05), drain(3, 0.02))
    print(merged)
    g = ticker(5, 0)
    async for x in g:
        if x == 1:
            break
    await g.aclose()
    # anext with default inside the loop
    g2 = ticker(1, 0)
    print(await anext(g2), await anext(g2, "default"))

asyncio.run(main())  # expect: child+base Child 6 double->8
# expect: double True True True True
# expect: 10
# expect: ticker cleanup 3
# expect: [0, 1, 2]
# expect: ticker cleanup 3
# expect: ticker cleanup 2
# expect: [(3, 0), (3, 1), (2, 0), (3, 2), (2, 1)]
# expect: ticker cleanup 5
# expect: ticker cleanup 1
# expect: 0 default
