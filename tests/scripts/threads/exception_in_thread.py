# An exception escaping a thread is reported on stderr ("Exception in thread NAME:" and a
# traceback) and the program goes on; SystemExit in a thread is silent.
import threading


def boom():
    raise ValueError("bad value")


t = threading.Thread(target=boom, name="Boom")
t.start()
t.join()
print("still running", t.is_alive())  # expect: still running False


def quit_thread():
    raise SystemExit(3)


t = threading.Thread(target=quit_thread)
t.start()
t.join()
print("after SystemExit")  # expect: after SystemExit
