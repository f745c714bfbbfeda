import asyncio

log = []

async def forever(name):
    try:
        while True:
            await asyncio.sleep(0.001)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled at shutdown")
        raise

async def leaves_tasks():
    asyncio.create_task(forever("t1"))
    asyncio.create_task(forever("t2"))
    await asyncio.sleep(0.002)
    return "main returned"

print(asyncio.run(leaves_tasks()))  # expect: main returned
print(sorted(log))  # expect: ['t1 cancelled at shutdown', 't2 cancelled at shutdown']

with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(0, "first")))  # expect: first
    print(runner.run(asyncio.sleep(0, "second")))  # expect: second
    loop = runner.get_loop()
print(loop.is_closed())  # expect: True

loop = asyncio.new_event_loop()
seen = []
def tick(n):
    seen.append(n)
    if n < 3:
        loop.call_soon(tick, n + 1)
    else:
        loop.stop()
loop.call_soon(tick, 0)
loop.run_forever()
print(seen)  # expect: [0, 1, 2, 3]
fut = loop.create_future()
loop.call_later(0.001, fut.set_result, 42)
print(loop.run_until_complete(fut))  # expect: 42
loop.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)  # expect: Event loop is closed

async def outer_cancel():
    inner_log = []
    async def child():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            inner_log.append("child cancelled")
            raise
    async def parent():
        await asyncio.wait_for(child(), 5)
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        inner_log.append("parent cancelled")
    # shield keeps the inner task running when the awaiting task is cancelled
    async def slow():
        await asyncio.sleep(0.005)
        return "slow done"
    inner = asyncio.create_task(slow())
    async def shielded_waiter():
        return await asyncio.shield(inner)
    w = asyncio.create_task(shielded_waiter())
    await asyncio.sleep(0.001)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        inner_log.append("waiter cancelled")
    inner_log.append(await inner)
    # cancelling a task blocked on a lock releases nothing it does not hold
    lock = asyncio.Lock()
    await lock.acquire()
    async def blocked():
        async with lock:
            inner_log.append("never")
    b = asyncio.create_task(blocked())
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.gather(b, return_exceptions=True)
    lock.release()
    inner_log.append(lock.locked())
    # a task's exception is kept for result()/exception()
    async def boom():
        raise ZeroDivisionError("zd")
    bt = asyncio.create_task(boom())
    await asyncio.sleep(0)
    inner_log.append(repr(bt.exception()))
    # timeout inside a task cancelled from outside re-raises CancelledError
    async def timed():
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
    tt = asyncio.create_task(timed())
    await asyncio.sleep(0.001)
    tt.cancel()
    res = await asyncio.gather(tt, return_exceptions=True)
    inner_log.append(type(res[0]).__name__)
    # reschedule
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(asyncio.get_running_loop().time() + 0.002)
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                inner_log.append("cancelled by rescheduled timeout")
                raise
    except TimeoutError:
        inner_log.append("TimeoutError")
    return inner_log

async def main():
    try:
        return await outer_cancel()
    except TimeoutError:
        return "timeout escaped"

print(asyncio.run(main()))  # expect: ['child cancelled', 'parent cancelled', 'waiter cancelled', 'slow done', False, "ZeroDivisionError('zd')", 'CancelledError', 'cancelled by rescheduled timeout', 'TimeoutError']
