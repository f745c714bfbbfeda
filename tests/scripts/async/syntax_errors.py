# CPython's compile errors for misplaced async constructs.
cases = [
    "await x",
    "def f(): await x",
    "def f(): [await x for x in y]",
    "def f(): [x async for x in y]",
    "def f():\n async for x in y: pass",
    "def f():\n async with x: pass",
    "async def f(): yield from x",
    "async def f():\n yield 1\n return 2",
    "async for x in y: pass",
    "async with x: pass",
    "async def f(): lambda: await x",
    "class A:\n  await x",
    "async def f():\n def g(): await x",
    "async x = 1",
    "await = 3",
    "def async(): pass",
    "x = await",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(e.msg, e.lineno)  # expect: 'await' outside function 1
        # expect: 'await' outside async function 1
        # expect: asynchronous comprehension outside of an asynchronous function 1
        # expect: asynchronous comprehension outside of an asynchronous function 1
        # expect: 'async for' outside async function 2
        # expect: 'async with' outside async function 2
        # expect: 'yield from' inside async function 1
        # expect: 'return' with value in async generator 3
        # expect: 'async for' outside async function 1
        # expect: 'async with' outside async function 1
        # expect: 'await' outside async function 1
        # expect: 'await' outside function 2
        # expect: 'await' outside async function 2
        # expect: invalid syntax 1
        # expect: invalid syntax 1
        # expect: invalid syntax 1
        # expect: invalid syntax 1

# These are fine.
ok = [
    "def f(): return (await x for x in y)",
    "async def f(): [x for x in [await z]]",
    "async def f():\n [[x async for x in y] for z in w]",
    "async def f():\n yield 1\n return",
    "async def f(): return await g() ** 2",
    "async def f(): await (yield)",
    "await_ = async_ = 1",
]
for src in ok:
    compile(src, "<s>", "exec")
print("all compiled")  # expect: all compiled
async def coro(): pass
async def agen(): yield
print(coro.__code__.co_flags & 0x80 != 0, agen.__code__.co_flags & 0x200 != 0)  # expect: True True
