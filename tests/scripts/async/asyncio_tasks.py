import asyncio

# --- cancellation ---
async def sleeper(log, name, d):
    try:
        await asyncio.sleep(d)
        log.append(name + " finished")
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    finally:
        log.append(name + " finally")

async def cancels():
    log = []
    t = asyncio.create_task(sleeper(log, "s1", 1))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel("again"), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", type(e).__name__)
    print(t.cancelled(), t.done(), log)
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    # cancel with message before it starts
    t2 = asyncio.create_task(sleeper(log, "s2", 1))
    t2.cancel("bye")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("msg", e.args)
    # a task that swallows cancellation
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "ignored cancel"
    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())
    print(t.cancel(), "cancel after done")

# --- exceptions through tasks, gather ---
async def fail(msg, d=0):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def ok(v, d=0):
    await asyncio.sleep(d)
    return v

async def gathers():
    print(await asyncio.gather(ok(1, 0.01), fail("x"), ok(3), return_exceptions=True))
    try:
        await asyncio.gather(ok(1), fail("first", 0.005), fail("second", 0.01))
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.gather())
    t = asyncio.create_task(ok("same"))
    print(await asyncio.gather(t, t, ok(5)))
    g = asyncio.gather(ok(1, 0.5), ok(2, 0.5))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    t = asyncio.create_task(fail("in task"))
    try:
        await t
    except ValueError as e:
        print("task raised", e, type(t.exception()).__name__)

# --- ordering of interleaved tasks ---
async def ticker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)

async def ordering():
    log = []
    ts = [asyncio.create_task(ticker(c, 3, log)) for c in "abc"]
    await asyncio.gather(*ts)
    print(" ".join(log))
    loop = asyncio.get_running_loop()
    out = []
    loop.call_soon(out.append, 1)
    loop.call_later(0.01, out.append, 3)
    loop.call_soon(out.append, 2)
    h = loop.call_later(0.005, out.append, "cancelled")
    h.cancel()
    loop.call_at(loop.time() + 0.002, out.append, 2.5)
    await asyncio.sleep(0.02)
    print(out, h.cancelled())
    fut = loop.create_future()
    loop.call_later(0.001, fut.set_result, "future value")
    print(await fut, fut.done(), repr(fut))
    print(asyncio.current_task() is not None, asyncio.current_task().get_name().startswith("Task-"))

# --- timeouts ---
async def timeouts():
    try:
        await asyncio.wait_for(ok(1, 0.5), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timeout", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(ok("fast", 0.001), timeout=1))
    print(await asyncio.wait_for(ok("none"), None))
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout cm expired", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print("not expired", cm.expired())
    async with asyncio.timeout(None) as cm:
        pass
    print(cm.when())

# --- wait / as_completed / shield ---
async def waits():
    t1 = asyncio.create_task(ok("slow", 0.05))
    t2 = asyncio.create_task(ok("quick", 0.001))
    done, pending = await asyncio.wait({t1, t2}, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    done, pending = await asyncio.wait({t1}, timeout=0.001)
    print(len(done), len(pending))
    done, pending = await asyncio.wait([t1, t2])
    print(sorted(t.result() for t in done), pending)
    t3 = asyncio.create_task(fail("e", 0.001))
    t4 = asyncio.create_task(ok("late", 0.05))
    done, pending = await asyncio.wait([t3, t4], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    t4.cancel()
    res = []
    for f in asyncio.as_completed([ok("c", 0.03), ok("a", 0.01), ok("b", 0.02)]):
        res.append(await f)
    print(res)
    try:
        for f in asyncio.as_completed([ok("x", 0.5)], timeout=0.01):
            await f
    except asyncio.TimeoutError:
        print("as_completed timeout")
    inner = asyncio.create_task(ok("shielded", 0.01))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print(await inner)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)

async def main():
    await cancels()
    await gathers()
    await ordering()
    await timeouts()
    await waits()

asyncio.run(main())  # expect: True True False
# expect: awaiting cancelled task: CancelledError
# expect: True True ['s1 cancelled ()', 's1 finally']
# expect: result() raises CancelledError
# expect: msg ('bye',)
# expect: ignored cancel False
# expect: False cancel after done
# expect: [1, ValueError('x'), 3]
# expect: gather raised first
# expect: []
# expect: ['same', 'same', 5]
# expect: gather cancelled
# expect: task raised in task ValueError
# expect: a0 b0 c0 a1 b1 c1 a2 b2 c2
# expect: [1, 2, 2.5, 3] True
# expect: future value True <Future finished result='future value'>
# expect: True True
# expect: wait_for timeout TimeoutError True
# expect: fast
# expect: none
# expect: timeout cm expired True
# expect: not expired False
# expect: None
# expect: ['quick'] 1
# expect: 0 1
# expect: ['quick', 'slow'] set()
# expect: 1 1
# expect: ['a', 'b', 'c']
# expect: as_completed timeout
# expect: outer cancelled
# expect: shielded
# expect: Set of Tasks/Futures is empty.
