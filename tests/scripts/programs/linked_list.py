class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.nxt
    def __len__(self):
        return self.size
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.nxt, prev, cur = prev, cur, cur.nxt
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "<empty>"
ll = LinkedList([1, 2, 3])
print(ll, len(ll))  # expect: 1 -> 2 -> 3 3
ll.push(0)
ll.reverse()
print(ll, list(ll), sum(ll))  # expect: 3 -> 2 -> 1 -> 0 [3, 2, 1, 0] 6
print(LinkedList())  # expect: <empty>
