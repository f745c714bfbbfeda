# A closure variable rebound by one thread is seen by another thread's next read after
# an Event hand-off, even though the reader read it just before (each thread
# caches closure variables, validated by the cell's write count).
import threading


def main():
    value = 0
    box = [0]
    ready = threading.Event()
    done = threading.Event()
    seen = []

    def reader():
        for expected in range(1, 60):
            for _ in range(100):
                stale = value  # read (and cache) the old value meanwhile
            ready.wait()
            ready.clear()
            seen.append(value == expected and box[0] == expected)
            done.set()

    t = threading.Thread(target=reader)
    t.start()
    for i in range(1, 60):
        value = i
        box = [i]
        ready.set()
        done.wait()
        done.clear()
    t.join()
    print(all(seen), len(seen))  # expect: True 59

    # A closure over a cell that is deleted and rebound.
    def get():
        return item

    item = "a"
    print(get())  # expect: a
    del item
    try:
        get()
    except NameError as e:
        print("NameError", e)  # expect: NameError cannot access free variable 'item' where it is not associated with a value in enclosing scope
    item = "b"
    print(get())  # expect: b


main()
