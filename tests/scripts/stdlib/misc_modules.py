import io, textwrap, string, heapq, bisect, copy
s = io.StringIO()
s.write("hello\n"); s.write("world\nlast")
print(repr(s.getvalue()), s.tell())  # expect: 'hello\nworld\nlast' 16
s.seek(0); print(s.readline(), end=""); print(list(s))  # expect: hello
# expect: ['world\n', 'last']
b = io.BytesIO(b"ab\ncd"); print(b.read(2), b.readline(), b.read(), b.tell())  # expect: b'ab' b'\n' b'cd' 5
t = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(t, 20))  # expect: ['The quick brown fox', 'jumps over the lazy', 'dog. The quick brown', 'fox jumps over the', 'lazy dog. The quick', 'brown fox jumps over', 'the lazy dog.']
print(textwrap.fill(t, width=30, initial_indent="* ", subsequent_indent="  "))  # expect: * The quick brown fox jumps
# expect:   over the lazy dog. The quick
# expect:   brown fox jumps over the
# expect:   lazy dog. The quick brown
# expect:   fox jumps over the lazy dog.
print(textwrap.shorten("Hello  world, this is a long sentence", width=20))  # expect: Hello world, [...]
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")))  # expect: 'a\n  b\n\nc\n'
print(repr(textwrap.indent("a\nb\n\nc", "> ")))  # expect: '> a\n> b\n\n> c'
print(string.capwords("hello   big world"), string.punctuation)  # expect: Hello Big World !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~
h = []
for x in [5, 1, 8, 3, 2, 9]: heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [4, 1, 7]), heapq.nsmallest(2, [4,1,7]))  # expect: [5, 9, 8] [1, 2, 3] [7, 4] [1, 4]
print(list(heapq.merge([1,4,7],[2,5,8],[0,9])))  # expect: [0, 1, 2, 4, 5, 7, 8, 9]
a = [1, 2, 2, 4]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 3))  # expect: 1 3 3
bisect.insort(a, 3); print(a)  # expect: [1, 2, 2, 3, 4]
class P:
    def __init__(self): self.l = [1, [2]]
p = P(); q = copy.copy(p); r = copy.deepcopy(p)
p.l[1].append(3)
print(q.l, r.l, q is p, type(r).__name__)  # expect: [1, [2, 3]] [1, [2]] False P
l = [1, 2]; l.append(l); m = copy.deepcopy(l); print(m[2] is m, m[:2])  # expect: True [1, 2]
