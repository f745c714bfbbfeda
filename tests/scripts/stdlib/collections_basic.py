from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
d = deque([1,2,3], maxlen=5)
d.appendleft(0); d.append(4); d.append(5)
print(d, len(d), d[0], d[-1], d.popleft(), d.pop())  # expect: deque([2, 3, 4], maxlen=5) 5 1 5 1 5
d.rotate(2); print(d)  # expect: deque([3, 4, 2], maxlen=5)
d.extendleft([9, 8]); print(d, list(reversed(d)))  # expect: deque([8, 9, 3, 4, 2], maxlen=5) [2, 4, 3, 9, 8]
dd = defaultdict(list)
dd['a'].append(1); dd['b'].append(2); dd['a'].append(3)
print(dd, dd['a'], isinstance(dd, dict), len(dd))  # expect: defaultdict(<class 'list'>, {'a': [1, 3], 'b': [2]}) [1, 3] True 2
c = Counter("abracadabra")
print(c, c.most_common(2), c['z'])  # expect: Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}) [('a', 5), ('b', 2)] 0
c.update("aaz"); print(c['a'], sorted(c.elements())[:5])  # expect: 7 ['a', 'a', 'a', 'a', 'a']
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))  # expect: Counter({'a': 4, 'b': 3}) Counter({'a': 2})
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od, od.popitem(last=False))  # expect: OrderedDict([('b', 2), ('c', 3), ('a', 1)])
# expect: OrderedDict([('b', 2), ('a', 1)]) ('c', 3)
P = namedtuple('Point', 'x y', defaults=[0])
p = P(1, 2); print(p, p.x, p.y, p[0], p == (1, 2), P(5), p._replace(y=9), p._asdict(), P._make([3, 4]))  # expect: Point(x=1, y=2) 1 2 1 True Point(x=5, y=0) Point(x=1, y=9) {'x': 1, 'y': 2} Point(x=3, y=4)
x, y = p; print(x, y, P._fields, type(p).__name__, hash(p) == hash((1,2)), isinstance(p, tuple))  # expect: 1 2 ('x', 'y') Point True True
