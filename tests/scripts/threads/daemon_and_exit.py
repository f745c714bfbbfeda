# The program waits for non-daemon threads at exit (their output appears), not for
# daemon threads blocked forever.
import threading
import time

never = threading.Event()


def stuck():
    never.wait()


threading.Thread(target=stuck, daemon=True).start()


def late():
    time.sleep(0.05)
    print("late thread done")


threading.Thread(target=late).start()
print("main done")  # expect: main done
# expect: late thread done
