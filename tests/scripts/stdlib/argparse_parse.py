# argparse: parsing positionals and options into a Namespace (no errors here).
import argparse

p = argparse.ArgumentParser(prog="tool")
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out.txt")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-q", action="store_true")
p.add_argument("-n", "--num", type=int, default=3)
p.add_argument("--level", choices=["lo", "hi"])
p.add_argument("-I", action="append", dest="include")
p.add_argument("--const", action="append_const", const=42)
p.add_argument("--ext", action="extend", nargs="+")
p.add_argument("--ratio", type=float)
p.add_argument("--no-cache", action="store_false", dest="cache")
for args in [["a"], ["a", "b"], ["-vv", "a"], ["-vqv", "a", "-v"], ["-n5", "a"],
             ["-n", "7", "a"], ["--num=9", "a"], ["--nu", "4", "a"], ["a", "--level", "hi"],
             ["-I", "x", "-Iy", "a", "-I=z"], ["--const", "--const", "a"],
             ["--ext", "1", "2", "--ext", "3", "--", "a"], ["--", "-a", "-b"],
             ["a", "--ratio", "-1.5"], ["a", "-n", "-3"], ["--no-cache", "a"],
             ["a", "--num", "1", "--num", "2"]]:
    print(args, p.parse_args(args))  # expect: ['a'] Namespace(src='a', dst='out.txt', verbose=0, q=False, num=3, level=None, include=None, const=None, ext=None, ratio=None, cache=True)
    # expect: ['a', 'b'] Namespace(src='a', dst='b', verbose=0, q=False, num=3, level=None, include=None, const=None, ext=None, ratio=None, cache=True)
    # expect: ['-vv', 'a'] Namespace(src='a', dst='out.txt', verbose=2, q=False, num=3, level=None, include=None, const=None, ext=None, ratio=None, cache=True)
    # expect: ['-vqv', 'a', '-v'] Namespace(src='a', dst='out.txt', verbose=3, q=True, num=3, level=None, include=None, const=None, ext=None, ratio=None, cache=True)
    # expect: ['-n5', 'a'] Namespace(src='a', dst='out.txt', verbose=0, q=False, num=5, level=None, include=None, const=None, ext=None, ratio=None, cache=True)
    # expect: ['-n', '7', 'a'] Namespace(src='a', dst='out.txt', verbose=0, q=False, num=7, level=None, include=None, const=None, ext=None, ratio=None, cache=True)
    # expect: ['--num=9', 'a'] Namespace(src='a', dst='out.txt', verbose=0, q=False, num=9, level=None, include=None, const=None, ext=None, ratio=None, cache=True)
    # expect: ['--nu', '4', 'a'] Namespace(src='a', dst='out.txt', verbose=0, q=False, num=4, level=None, include=None, const=None, ext=None, ratio=None, cache=True)
    # expect: ['a', '--level', 'hi'] Namespace(src='a', dst='out.txt', verbose=0, q=False, num=3, level='hi', include=None, const=None, ext=None, ratio=None, cache=True)
    # expect: ['-I', 'x', '-Iy', 'a', '-I=z'] Namespace(src='a', dst='out.txt', verbose=0, q=False, num=3, level=None, include=['x', 'y', 'z'], const=None, ext=None, ratio=None, cache=True)
    # expect: ['--const', '--const', 'a'] Namespace(src='a', dst='out.txt', verbose=0, q=False, num=3, level=None, include=None, const=[42, 42], ext=None, ratio=None, cache=True)
    # expect: ['--ext', '1', '2', '--ext', '3', '--', 'a'] Namespace(src='a', dst='out.txt', verbose=0, q=False, num=3, level=None, include=None, const=None, ext=['1', '2', '3'], ratio=None, cache=True)
    # expect: ['--', '-a', '-b'] Namespace(src='-a', dst='-b', verbose=0, q=False, num=3, level=None, include=None, const=None, ext=None, ratio=None, cache=True)
    # expect: ['a', '--ratio', '-1.5'] Namespace(src='a', dst='out.txt', verbose=0, q=False, num=3, level=None, include=None, const=None, ext=None, ratio=-1.5, cache=True)
    # expect: ['a', '-n', '-3'] Namespace(src='a', dst='out.txt', verbose=0, q=False, num=-3, level=None, include=None, const=None, ext=None, ratio=None, cache=True)
    # expect: ['--no-cache', 'a'] Namespace(src='a', dst='out.txt', verbose=0, q=False, num=3, level=None, include=None, const=None, ext=None, ratio=None, cache=False)
    # expect: ['a', '--num', '1', '--num', '2'] Namespace(src='a', dst='out.txt', verbose=0, q=False, num=2, level=None, include=None, const=None, ext=None, ratio=None, cache=True)

ns = p.parse_args(["x"])
print(ns.src, ns.dst, ns.verbose, ns.include, vars(ns) == dict(ns._get_kwargs()))  # expect: x out.txt 0 None True
print(argparse.Namespace(b=1, a=2, **{"x-y": 3}), argparse.Namespace())  # expect: Namespace(b=1, a=2, **{'x-y': 3}) Namespace()
print(argparse.Namespace(a=1) == argparse.Namespace(a=1), "a" in argparse.Namespace(a=1))  # expect: True True

n = argparse.ArgumentParser(prog="n")
n.add_argument("pair", nargs=2, type=int)
n.add_argument("rest", nargs="*")
n.add_argument("--opt", nargs="?", const="C", default="D")
n.add_argument("--three", nargs=3)
for args in [["1", "2"], ["1", "2", "3", "4", "--opt"], ["1", "2", "x", "--opt", "y"],
             ["1", "2", "--three", "a", "b", "c"], ["--opt=", "1", "2"]]:
    print(args, n.parse_args(args))  # expect: ['1', '2'] Namespace(pair=[1, 2], rest=[], opt='D', three=None)
    # expect: ['1', '2', '3', '4', '--opt'] Namespace(pair=[1, 2], rest=['3', '4'], opt='C', three=None)
    # expect: ['1', '2', 'x', '--opt', 'y'] Namespace(pair=[1, 2], rest=['x'], opt='y', three=None)
    # expect: ['1', '2', '--three', 'a', 'b', 'c'] Namespace(pair=[1, 2], rest=[], opt='D', three=['a', 'b', 'c'])
    # expect: ['--opt=', '1', '2'] Namespace(pair=[1, 2], rest=[], opt='', three=None)

r = argparse.ArgumentParser(prog="r")
r.add_argument("cmd")
r.add_argument("args", nargs=argparse.REMAINDER)
print(r.parse_args(["run", "-x", "--y", "z"]))  # expect: Namespace(cmd='run', args=['-x', '--y', 'z'])

s = argparse.ArgumentParser(prog="s", argument_default=argparse.SUPPRESS)
s.add_argument("--x")
s.add_argument("y", nargs="?")
print(s.parse_args([]), s.parse_args(["--x", "1"]))  # expect: Namespace() Namespace(x='1')

d = argparse.ArgumentParser(prog="d")
d.add_argument("--n", type=int, default="12")
d.set_defaults(extra="e")
print(d.parse_args([]), d.get_default("n"), d.get_default("extra"))  # expect: Namespace(n=12, extra='e') 12 e
d.set_defaults(n="7")
print(d.parse_args([]), d.parse_args(["--n", "1"]))  # expect: Namespace(n=7, extra='e') Namespace(n=1, extra='e')

b = argparse.ArgumentParser(prog="b")
b.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True)
print(b.parse_args([]), b.parse_args(["--no-flag"]), b.parse_args(["--flag"]))  # expect: Namespace(flag=True) Namespace(flag=False) Namespace(flag=True)

m = argparse.ArgumentParser(prog="m")
g = m.add_mutually_exclusive_group()
g.add_argument("--foo", action="store_true")
g.add_argument("--bar", type=int)
print(m.parse_args(["--foo"]), m.parse_args(["--bar", "2"]))  # expect: Namespace(foo=True, bar=None) Namespace(foo=False, bar=2)
print(m.parse_known_args(["--foo", "extra", "--zzz", "-k"]))  # expect: (Namespace(foo=True, bar=None), ['extra', '--zzz', '-k'])

neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("-1", dest="one", action="store_true")
neg.add_argument("x", nargs="?")
print(neg.parse_args(["-1"]))  # expect: Namespace(one=True, x=None)


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())


c = argparse.ArgumentParser(prog="c")
c.add_argument("--name", action=Upper)
c.add_argument("word", action=Upper)
print(c.parse_args(["hi", "--name", "bob"]))  # expect: Namespace(name='BOB', word='HI')

par = argparse.ArgumentParser(add_help=False)
par.add_argument("--parent-opt", type=int, default=1)
ch = argparse.ArgumentParser(prog="child", parents=[par])
ch.add_argument("--own")
print(ch.parse_args(["--parent-opt", "5"]))  # expect: Namespace(parent_opt=5, own=None)
