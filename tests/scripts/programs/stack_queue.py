class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __bool__(self):
        return bool(self._items)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in s:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            try:
                if st.pop() != pairs[ch]:
                    return False
            except IndexError:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "())", ""]:
    print(repr(s), balanced(s))  # expect: '()' True
    # expect: '([]{})' True
    # expect: '(]' False
    # expect: '((' False
    # expect: '())' False
    # expect: '' True
