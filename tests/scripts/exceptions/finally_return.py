def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())  # expect: finally runs
# expect: try
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())  # expect: finally
def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(h())  # expect: swallowed
def loop():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("cleanup", i)
    return i
print(loop())  # expect: cleanup 0
# expect: cleanup 1
# expect: 1
def cont():
    out = []
    for i in range(3):
        try:
            continue
        finally:
            out.append(i)
    return out
print(cont())  # expect: [0, 1, 2]
