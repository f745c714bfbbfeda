# asyncio and contextvars: each task runs in a copy of the context current at its
# creation (or the `context=` given); callbacks run in the context current when they were
# scheduled (or the one given); to_thread runs in a copy of the caller's context.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")


async def child(name, delay):
    seen = request.get()
    request.set(name)
    await asyncio.sleep(delay)
    return seen, request.get()


def cb(tag):
    print("cb", tag, request.get())


async def main():
    request.set("main")
    t1 = asyncio.create_task(child("a", 0.01))
    request.set("main2")
    t2 = asyncio.create_task(child("b", 0))
    print(await asyncio.gather(t1, t2), request.get())

    # create_task(context=...): the task runs in that very context.
    ctx = contextvars.Context()
    t3 = asyncio.create_task(child("c", 0), context=ctx)
    print(await t3, ctx[request], request.get())
    asyncio.create_task(child("d", 0), context=ctx)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(ctx[request])

    # Callbacks: a copy of the current context by default, else the given one.
    loop = asyncio.get_running_loop()
    ctx2 = contextvars.Context()
    ctx2.run(request.set, "ctx2")
    loop.call_soon(cb, "soon")
    loop.call_soon(cb, "soon-ctx", context=ctx2)
    loop.call_soon_threadsafe(cb, "threadsafe")
    loop.call_later(0, cb, "later")
    loop.call_at(loop.time() + 0.001, cb, "at-ctx", context=ctx2)
    request.set("after scheduling")
    await asyncio.sleep(0.02)

    # What a callback sets stays in its copy.
    loop.call_soon(request.set, "from callback")
    await asyncio.sleep(0)
    print(request.get())

    # Done callbacks run in the context current at add_done_callback.
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("done cb", request.get(), f.result()))
    fut.add_done_callback(lambda f: print("done cb ctx2", request.get()), context=ctx2)
    request.set("after add")
    fut.set_result(42)
    await asyncio.sleep(0)

    # to_thread: a copy of the caller's context, in the worker thread.
    def in_thread(x):
        before = request.get()
        request.set("thread")
        return before, x
    print(await asyncio.to_thread(in_thread, 1), request.get())

    # TaskGroup tasks get a copy each; context= is passed through.
    ctx3 = contextvars.Context()
    async with asyncio.TaskGroup() as tg:
        tx = tg.create_task(child("x", 0))
        ty = tg.create_task(child("y", 0.001))
        tz = tg.create_task(child("z", 0), context=ctx3)
    print(tx.result(), ty.result(), tz.result(), ctx3[request], request.get())

    # A task's context is entered only while it runs: running it elsewhere meanwhile
    # raises.
    started = asyncio.Event()

    async def waiter():
        started.set()
        await asyncio.sleep(0.01)
        return request.get()
    ctx4 = contextvars.Context()
    t4 = asyncio.create_task(waiter(), context=ctx4)
    await started.wait()
    print(ctx4.run(request.get))  # not running at this moment: fine
    print(await t4)
    return "main done"


print(asyncio.run(main()), request.get())  # expect: [('main', 'a'), ('main2', 'b')] main2
# expect: ('none', 'c') c main2
# expect: d
# expect: cb soon main2
# expect: cb soon-ctx ctx2
# expect: cb threadsafe main2
# expect: cb later main2
# expect: cb at-ctx ctx2
# expect: after scheduling
# expect: done cb after scheduling 42
# expect: done cb ctx2 ctx2
# expect: ('after add', 1) after add
# expect: ('after add', 'x') ('after add', 'y') ('none', 'z') z after add
# expect: none
# expect: none
# expect: main done none
# asyncio.Runner.run(context=...)
ctx5 = contextvars.Context()
with asyncio.Runner() as runner:
    print(runner.run(child("r", 0), context=ctx5), ctx5[request])  # expect: ('none', 'r') r
