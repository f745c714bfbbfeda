import asyncio
import traceback
import inspect
import types

async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()

async def main():
    log = []
    r = await asyncio.gather(worker("a", 0.02, log), worker("b", 0.01, log), worker("c", 0, log))
    print(r)
    print(log)
    t = asyncio.create_task(worker("t", 0.01, log))
    print(t.get_name().startswith("Task-"), t.done())
    print(await t, t.done(), t.result())
    print(await asyncio.sleep(0.001, result="slept"))
    return "main done"

print(asyncio.run(main()))  # expect: ['A', 'B', 'C']
# expect: ['a start', 'b start', 'c start', 'c end', 'b end', 'a end']
# expect: True False
# expect: T True T
# expect: slept
# expect: main done



async def inner():
    await asyncio.sleep(0)
    raise ValueError("deep")

async def middle():
    await inner()

async def main2():
    try:
        await middle()
    except ValueError:
        tb = traceback.format_exc()
        print([l.strip().split(", ")[-1] for l in tb.splitlines() if "asyncio_basics.py" in l])
    t = asyncio.create_task(middle())
    try:
        await t
    except ValueError as e:
        s = traceback.extract_tb(e.__traceback__)
        print([f.name for f in s if f.filename.endswith("asyncio_basics.py")])
    def cb():
        raise KeyError("in callback")
    asyncio.get_running_loop().call_soon(cb)
    await asyncio.sleep(0.001)
    print("after callback error")

asyncio.run(main2())  # expect: ['in main2', 'in middle', 'in inner']
# expect: ['main2', 'middle', 'inner']
# expect: after callback error
try:
    asyncio.run(1)
except ValueError as e:
    print(e)  # expect: a coroutine was expected, got 1
async def nested():
    s = asyncio.sleep(0)
    try:
        asyncio.run(s)
    finally:
        s.close()
c = nested()
try:
    asyncio.run(c)
except RuntimeError as e:
    print(e)  # expect: asyncio.run() cannot be called from a running event loop
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)  # expect: no running event loop
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, "ruc")), loop.is_running(), loop.is_closed())  # expect: ruc False False
loop.close()
print(loop.is_closed())  # expect: True
print(asyncio.iscoroutinefunction(main2), asyncio.iscoroutinefunction(print), asyncio.iscoroutine(c), asyncio.iscoroutine(main2))  # expect: True False True False
async def bad():
    raise SystemError("uncaught")
print(inspect.iscoroutinefunction(main2), inspect.isawaitable(c), inspect.iscoroutine(c), isinstance(c, types.CoroutineType))  # expect: True True True True
async def agen():
    yield 1
print(inspect.isasyncgenfunction(agen), inspect.isasyncgen(agen()), type(agen()) is types.AsyncGeneratorType)  # expect: True True True
asyncio.run(bad())

# expect error: SystemError
