import asyncio
import threading
import time

async def locks():
    lock = asyncio.Lock()
    log = []
    async def crit(n):
        async with lock:
            log.append(f"in{n}")
            await asyncio.sleep(0.001)
            log.append(f"out{n}")
    await asyncio.gather(*(crit(i) for i in range(3)))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        return n
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), [t.done() for t in ts])
    ev.set()
    print(await asyncio.gather(*ts), ev.is_set())
    ev.clear()
    print(ev.is_set())

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    async def limited(n):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1
        return n
    print(await asyncio.gather(*(limited(i) for i in range(5))), "peak", peak)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)

    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            return (n, items.pop(0))
    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.extend(["x", "y"])
        cond.notify_all()
    print(sorted(await asyncio.gather(*cs)))
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)

async def queues():
    q = asyncio.Queue(maxsize=2)
    log = []
    async def producer():
        for i in range(5):
            await q.put(i)
            log.append(f"put{i}")
        await q.put(None)
    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            log.append(f"got{item}")
            await asyncio.sleep(0)
    await asyncio.gather(producer(), consumer())
    print(log)
    await q.join()
    print(q.empty(), q.full(), q.qsize(), q.maxsize)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        pq.put_nowait(x)
    lq = asyncio.LifoQueue()
    for x in [3, 1, 2]:
        lq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)], [lq.get_nowait() for _ in range(3)])
    try:
        q.task_done(); q.task_done(); q.task_done()
    except ValueError as e:
        print(e)
    # get with timeout
    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0.01)
    except TimeoutError:
        print("get timed out")

barrier = threading.Barrier(3)

def blocking(x, delay):
    time.sleep(delay)
    return x * 2, threading.current_thread() is threading.main_thread()

def meet(x):
    # Only returns when three calls run at the same time (in parallel threads).
    barrier.wait(timeout=10)
    return x

async def threads():
    r = await asyncio.gather(asyncio.to_thread(blocking, 1, 0.01),
                             asyncio.to_thread(blocking, 2, 0),
                             asyncio.to_thread(blocking, x=3, delay=0.001))
    print(r)
    print(await asyncio.gather(*(asyncio.to_thread(meet, i) for i in range(3))))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 5, 0))
    def raiser():
        raise KeyError("from thread")
    try:
        await asyncio.to_thread(raiser)
    except KeyError as e:
        print("thread raised", e)
    # a plain thread waking the loop
    fut = loop.create_future()
    def later():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, "woken")
    th = threading.Thread(target=later)
    th.start()
    print(await fut)
    th.join()

def other_loop_thread(loop, out):
    async def remote():
        await asyncio.sleep(0.001)
        return "remote result"
    cf = asyncio.run_coroutine_threadsafe(remote(), loop)
    out.append(cf.result(timeout=5))

async def threadsafe():
    loop = asyncio.get_running_loop()
    out = []
    th = threading.Thread(target=other_loop_thread, args=(loop, out))
    th.start()
    while not out:
        await asyncio.sleep(0.001)
    th.join()
    print(out)

async def main():
    await locks()
    await queues()
    await threads()
    await threadsafe()

asyncio.run(main())  # expect: ['in0', 'out0', 'in1', 'out1', 'in2', 'out2'] False
# expect: Lock is not acquired.
# expect: False [False, False, False]
# expect: [0, 1, 2] True
# expect: False
# expect: [0, 1, 2, 3, 4] peak 2
# expect: BoundedSemaphore released too many times
# expect: Semaphore initial value must be >= 0
# expect: [(0, 'x'), (1, 'y')]
# expect: cannot notify on un-acquired lock
# expect: ['put0', 'put1', 'got0', 'put2', 'got1', 'put3', 'got2', 'put4', 'got3', 'got4']
# expect: True False 0 2
# expect: QueueEmpty
# expect: QueueFull
# expect: [1, 2, 3] [2, 1, 3]
# expect: task_done() called too many times
# expect: get timed out
# expect: [(2, False), (4, False), (6, False)]
# expect: [0, 1, 2]
# expect: (10, False)
# expect: thread raised 'from thread'
# expect: woken
# expect: ['remote result']
