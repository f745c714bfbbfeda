async def inner():
    raise ValueError("deep")

async def middle():
    x = 1
    await inner()

async def agen():
    await middle()
    yield 1

async def main():
    async for v in agen(): pass

c = main()
c.send(None)
