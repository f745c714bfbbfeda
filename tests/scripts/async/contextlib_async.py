import asyncio
import contextlib

log = []

@contextlib.asynccontextmanager
async def resource(name, fail_exit=False):
    log.append(f"open {name}")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"{name} saw {e!r}")
        raise
    finally:
        await asyncio.sleep(0)
        log.append(f"close {name}")

@contextlib.asynccontextmanager
async def swallow():
    try:
        yield
    except ValueError:
        log.append("swallowed")

@contextlib.asynccontextmanager
async def noyield():
    if False:
        yield

@contextlib.asynccontextmanager
async def twice():
    yield 1
    yield 2

class Res(contextlib.AbstractAsyncContextManager):
    async def __aexit__(self, *a):
        log.append("Res exit")

@resource("deco")
async def decorated(x):
    log.append(f"in decorated {x}")
    return x * 2

async def main():
    async with resource("a") as a:
        log.append(f"using {a}")
    try:
        async with resource("b"):
            raise KeyError("k")
    except KeyError:
        log.append("KeyError escaped")
    async with swallow():
        raise ValueError("v")
    try:
        async with noyield():
            pass
    except RuntimeError as e:
        log.append(str(e))
    try:
        async with twice():
            pass
    except RuntimeError as e:
        log.append(str(e))
    async with Res() as r:
        log.append(type(r).__name__)
    log.append(await decorated(21))
    async with contextlib.AsyncExitStack() as stack:
        x = await stack.enter_async_context(resource("s1"))
        stack.callback(log.append, "sync callback")
        async def acb(msg):
            await asyncio.sleep(0)
            log.append(msg)
        stack.push_async_callback(acb, "async callback")
        y = stack.enter_context(contextlib.nullcontext("plain"))
        log.append(f"stack {x} {y}")
    async def agen():
        try:
            yield 1
            yield 2
        finally:
            log.append("agen closed")
    async with contextlib.aclosing(agen()) as g:
        async for v in g:
            log.append(v)
            break
    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(resource("s2"))
            raise KeyError("in stack")
    except KeyError:
        log.append("stack KeyError")

asyncio.run(main())
for line in log:
    print(line)  # expect: open a
    # expect: using A
    # expect: close a
    # expect: open b
    # expect: b saw KeyError('k')
    # expect: close b
    # expect: KeyError escaped
    # expect: swallowed
    # expect: generator didn't yield
    # expect: generator didn't stop
    # expect: Res
    # expect: Res exit
    # expect: open deco
    # expect: in decorated 21
    # expect: close deco
    # expect: 42
    # expect: open s1
    # expect: stack S1 plain
    # expect: async callback
    # expect: sync callback
    # expect: close s1
    # expect: 1
    # expect: agen closed
    # expect: open s2
    # expect: s2 saw KeyError('in stack')
    # expect: close s2
    # expect: stack KeyError
