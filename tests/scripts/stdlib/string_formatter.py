# string.Formatter: parse() chunks and errors, get_field, nested specs, overrides.
from string import Formatter as F
f = F()
for s in ['a{{b','a}}b','{}','x{0}y{1:>5}z','{a.b[0]!r:{w}}','{:{}{}}','{!r}','{0!}','{0!rr}','{','}','a}b','{0[}','{a:x{b}y}','{{}}','', '{a[x:y]}', '{0!r:}', '{:}', '{x!s:^{n}.{p}}tail', '{0!r', '{0:', '{0', '{a{b}']:
    try: print(repr(s), list(f.parse(s)))
    except Exception as x: print(repr(s), 'EXC', type(x).__name__, x)
class O:
    b = [{"x": "deep"}]
for s in ['a.b[0][x]','0.real','a[','a.','a]b','a[0]x','a..b','a[]']:
    try:
        print(repr(s), f.get_field(s, (2,), {"a": O, "a]b": "odd"}))
    except Exception as x: print(repr(s), 'EXC', type(x).__name__, x)
class P: x = 5
for args in [("{} {}", 1, 2), ("{0} {0!r}", "s"), ("{:>{}}", "a", 5), ("{p.x} {d[k]} {l[1]}",), ("{} {1}", 1, 2), ("{1} {}", 1, 2), ("{0!z}", 1), ("{:{:{}}}", 1, 2, 3), ("{:{:{:{}}}}", 1, 2, 3, 4), ("{missing}",), ("{5}", 1), ("{0:.{1}f}", 3.14159, 2), ("{!a}", "é")]:
    try: print(repr(f.format(*args, p=P, d={"k": "v"}, l=[0, 9])))
    except Exception as x: print(args, 'EXC', type(x).__name__, x)
print(f.vformat("{a}-{0}", (1,), {"a": 2}))
class G(F):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "<%s>" % key) if isinstance(key, str) else args[key]
    def check_unused_args(self, used, args, kwargs):
        print("used", sorted(map(str, used)))
print(G().format("{x} {y} {0}", 7, x=1))

# expect: 'a{{b' [('a{', None, None, None), ('b', None, None, None)]
# expect: 'a}}b' [('a}', None, None, None), ('b', None, None, None)]
# expect: '{}' [('', '', '', None)]
# expect: 'x{0}y{1:>5}z' [('x', '0', '', None), ('y', '1', '>5', None), ('z', None, None, None)]
# expect: '{a.b[0]!r:{w}}' [('', 'a.b[0]', '{w}', 'r')]
# expect: '{:{}{}}' [('', '', '{}{}', None)]
# expect: '{!r}' [('', '', '', 'r')]
# expect: '{0!}' EXC ValueError unmatched '{' in format spec
# expect: '{0!rr}' EXC ValueError expected ':' after conversion specifier
# expect: '{' EXC ValueError Single '{' encountered in format string
# expect: '}' EXC ValueError Single '}' encountered in format string
# expect: 'a}b' EXC ValueError Single '}' encountered in format string
# expect: '{0[}' EXC ValueError expected '}' before end of string
# expect: '{a:x{b}y}' [('', 'a', 'x{b}y', None)]
# expect: '{{}}' [('{', None, None, None), ('}', None, None, None)]
# expect: '' []
# expect: '{a[x:y]}' [('', 'a[x:y]', '', None)]
# expect: '{0!r:}' [('', '0', '', 'r')]
# expect: '{:}' [('', '', '', None)]
# expect: '{x!s:^{n}.{p}}tail' [('', 'x', '^{n}.{p}', 's'), ('tail', None, None, None)]
# expect: '{0!r' EXC ValueError unmatched '{' in format spec
# expect: '{0:' EXC ValueError unmatched '{' in format spec
# expect: '{0' EXC ValueError expected '}' before end of string
# expect: '{a{b}' EXC ValueError unexpected '{' in field name
# expect: 'a.b[0][x]' ('deep', 'a')
# expect: '0.real' (2, 0)
# expect: 'a[' EXC ValueError Missing ']' in format string
# expect: 'a.' EXC ValueError Empty attribute in format string
# expect: 'a]b' ('odd', 'a]b')
# expect: 'a[0]x' EXC TypeError type 'O' is not subscriptable
# expect: 'a..b' EXC ValueError Empty attribute in format string
# expect: 'a[]' EXC ValueError Empty attribute in format string
# expect: '1 2'
# expect: "s 's'"
# expect: '    a'
# expect: '5 v 9'
# expect: ('{} {1}', 1, 2) EXC ValueError cannot switch from manual field specification to automatic field numbering
# expect: ('{1} {}', 1, 2) EXC ValueError cannot switch from manual field specification to automatic field numbering
# expect: ('{0!z}', 1) EXC ValueError Unknown conversion specifier z
# expect: ('{:{:{}}}', 1, 2, 3) EXC ValueError Max string recursion exceeded
# expect: ('{:{:{:{}}}}', 1, 2, 3, 4) EXC ValueError Max string recursion exceeded
# expect: ('{missing}',) EXC KeyError 'missing'
# expect: ('{5}', 1) EXC IndexError tuple index out of range
# expect: '3.14'
# expect: "'\\xe9'"
# expect: 2-1
# expect: used ['0', 'x', 'y']
# expect: 1 <y> 7
