class Timer:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append("start")
        return self
    def __exit__(self, et, ev, tb):
        self.events.append("stop:" + (et.__name__ if et else "ok"))
        return et is ZeroDivisionError
t = Timer()
with t:
    pass
with t:
    1 / 0
print(t.events)  # expect: ['start', 'stop:ok', 'start', 'stop:ZeroDivisionError']
