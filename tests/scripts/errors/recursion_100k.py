def depth(n):
    if n == 100000:
        return n
    return depth(n + 1)
try:
    print(depth(0))
except RecursionError as e:
    print("caught RecursionError")  # expect: caught RecursionError
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def __repr__(self):
        return "Node(" + repr(self.nxt) + ")"
n = None
for _ in range(100000):
    n = Node(n)
try:
    repr(n)
except RecursionError:
    print("caught repr recursion")  # expect: caught repr recursion
