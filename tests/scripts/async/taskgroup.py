# asyncio.TaskGroup (3.11): waits for its tasks; the first failure cancels the rest and
# the failures are raised together in an ExceptionGroup.
import asyncio

log = []


async def work(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    if fail is not None:
        log.append(f"{name} fails")
        raise fail
    log.append(f"{name} done")
    return name


async def all_succeed():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 0.01))
        b = tg.create_task(work("b", 0.0))
        print("in block", a.done(), b.done())
    print("after block", a.result(), b.result())


async def one_fails():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("slow", 1.0))
            tg.create_task(work("bad", 0.0, ValueError("boom")))
            await asyncio.sleep(0.5)
            print("not reached")
    except* ValueError as eg:
        print("caught", repr(eg), [repr(e) for e in eg.exceptions])


async def two_fail():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("x", 0.0, KeyError("k")))
            tg.create_task(work("y", 0.0, TypeError("t")))
    except ExceptionGroup as eg:
        print(eg.message, sorted(type(e).__name__ for e in eg.exceptions))


async def block_raises():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("long", 1.0))
            raise RuntimeError("in block")
    except* RuntimeError as eg:
        print("block error", repr(eg.exceptions[0]))


async def misuse():
    tg = asyncio.TaskGroup()
    coro = work("never", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError", str(e).split()[-3:])
    coro.close()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError", str(e).split()[-3:])


async def outer_cancel():
    async def body():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("inner", 1.0))
            await asyncio.sleep(1.0)
    t = asyncio.create_task(body())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled", t.cancelled())


for f in (all_succeed, one_fails, two_fail, block_raises, misuse, outer_cancel):
    log.clear()
    asyncio.run(f())
    print(f.__name__, log)

# expect: in block False False
# expect: after block a b
# expect: all_succeed ['b done', 'a done']
# expect: caught ExceptionGroup('unhandled errors in a TaskGroup', [ValueError('boom')]) ["ValueError('boom')"]
# expect: one_fails ['bad fails', 'slow cancelled']
# expect: unhandled errors in a TaskGroup ['KeyError', 'TypeError']
# expect: two_fail ['x fails', 'y fails']
# expect: block error RuntimeError('in block')
# expect: block_raises []
# expect: RuntimeError ['not', 'been', 'entered']
# expect: RuntimeError ['already', 'been', 'entered']
# expect: misuse []
# expect: outer cancelled True
# expect: outer_cancel ['inner cancelled']
