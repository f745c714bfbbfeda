# argparse: error messages (via an error() override), --help/--version exits, bad definitions.
import argparse
import os

os.environ["COLUMNS"] = "80"  # help width = 80 - 2, whatever the terminal


class Failed(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message):
        raise Failed(message)

    def exit(self, status=0, message=None):
        raise Failed("exit %d %r" % (status, message))


def attempt(parser, args):
    try:
        print(args, "->", parser.parse_args(args))
    except Failed as e:
        print(args, "->", e)


p = Parser(prog="tool")
p.add_argument("src")
p.add_argument("-n", "--num", type=int)
p.add_argument("--level", choices=["lo", "hi"])
p.add_argument("--ratio", type=float)
p.add_argument("-q", action="store_true")
p.add_argument("--version", action="version", version="%(prog)s 1.2")
for args in [[], ["a", "b", "c"], ["a", "--level=mid"], ["a", "-n", "x"], ["a", "--bogus"],
             ["a", "-x"], ["-n"], ["a", "-q=1"], ["a", "--q=1"], ["-qz", "a"], ["--level"],
             ["--ratio", "1e"], ["--version"], ["-h"], ["--ver"]]:
    attempt(p, args)  # expect: [] -> the following arguments are required: src
    # expect: ['a', 'b', 'c'] -> unrecognized arguments: b c
    # expect: ['a', '--level=mid'] -> argument --level: invalid choice: 'mid' (choose from 'lo', 'hi')
    # expect: ['a', '-n', 'x'] -> argument -n/--num: invalid int value: 'x'
    # expect: ['a', '--bogus'] -> unrecognized arguments: --bogus
    # expect: ['a', '-x'] -> unrecognized arguments: -x
    # expect: ['-n'] -> argument -n/--num: expected one argument
    # expect: ['a', '-q=1'] -> argument -q: ignored explicit argument '1'
    # expect: ['a', '--q=1'] -> unrecognized arguments: --q=1
    # expect: ['-qz', 'a'] -> argument -q: ignored explicit argument 'z'
    # expect: ['--level'] -> argument --level: expected one argument
    # expect: ['--ratio', '1e'] -> argument --ratio: invalid float value: '1e'
    # expect: tool 1.2
    # expect: ['--version'] -> exit 0 None
    # expect: usage: tool [-h] [-n NUM] [--level {lo,hi}] [--ratio RATIO] [-q] [--version]
    # expect:             src
    # expect:
    # expect: positional arguments:
    # expect:   src
    # expect:
    # expect: options:
    # expect:   -h, --help         show this help message and exit
    # expect:   -n NUM, --num NUM
    # expect:   --level {lo,hi}
    # expect:   --ratio RATIO
    # expect:   -q
    # expect:   --version          show program's version number and exit
    # expect: ['-h'] -> exit 0 None
    # expect: tool 1.2
    # expect: ['--ver'] -> exit 0 None
print(p.format_usage(), end="")  # expect: usage: tool [-h] [-n NUM] [--level {lo,hi}] [--ratio RATIO] [-q] [--version]
# expect:             src

m = Parser(prog="m")
g = m.add_mutually_exclusive_group(required=True)
g.add_argument("--foo", action="store_true")
g.add_argument("--bar", type=int)
for args in [["--foo", "--bar", "1"], ["--bar", "1", "--foo"], []]:
    attempt(m, args)  # expect: ['--foo', '--bar', '1'] -> argument --bar: not allowed with argument --foo
    # expect: ['--bar', '1', '--foo'] -> argument --foo: not allowed with argument --bar
    # expect: [] -> one of the arguments --foo --bar is required

n = Parser(prog="n")
n.add_argument("pair", nargs=2, type=int)
n.add_argument("--three", nargs=3)
n.add_argument("--plus", nargs="+")
n.add_argument("--q", nargs="?", type=int)
for args in [["1"], ["--three", "a", "b"], ["1", "2", "--plus"], ["1", "2", "--q", "z"]]:
    attempt(n, args)  # expect: ['1'] -> the following arguments are required: pair
    # expect: ['--three', 'a', 'b'] -> argument --three: expected 3 arguments
    # expect: ['1', '2', '--plus'] -> argument --plus: expected at least one argument
    # expect: ['1', '2', '--q', 'z'] -> argument --q: invalid int value: 'z'


def positive(v):
    k = int(v)
    if k <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % v)
    return k


t = Parser(prog="t")
t.add_argument("k", type=positive)
for args in [["5"], ["-5"], ["0"], ["x"]]:
    attempt(t, args)  # expect: ['5'] -> Namespace(k=5)
    # expect: ['-5'] -> argument k: '-5' is not positive
    # expect: ['0'] -> argument k: '0' is not positive
    # expect: ['x'] -> argument k: invalid positive value: 'x'

amb = Parser(prog="amb")
amb.add_argument("--foo")
amb.add_argument("--foobar")
attempt(amb, ["--fo", "1"])  # expect: ['--fo', '1'] -> ambiguous option: --fo could match --foo, --foobar
attempt(amb, ["--foob", "1"])  # expect: ['--foob', '1'] -> Namespace(foo=None, foobar='1')

ne = argparse.ArgumentParser(prog="ne", exit_on_error=False)
ne.add_argument("--n", type=int)
try:
    ne.parse_args(["--n", "x"])
except argparse.ArgumentError as ex:
    print("ArgumentError:", ex, "|", ex.argument_name, "|", ex.message)  # expect: ArgumentError: argument --n: invalid int value: 'x' | --n | invalid int value: 'x'

e = argparse.ArgumentParser(prog="e")
e.add_argument("-x")
for bad in [lambda: e.add_argument("-x"), lambda: e.add_argument("y", dest="z"),
            lambda: e.add_argument("x", required=True), lambda: e.add_argument("--q", nargs=0),
            lambda: e.add_argument("--q", action="nope"), lambda: e.add_argument("--q", type="int"),
            lambda: e.add_argument("--q", nargs=2, metavar=("A", "B", "C")),
            lambda: e.add_argument("+q"), lambda: e.add_argument("--q", const=1)]:
    try:
        bad()
    except (ValueError, TypeError, argparse.ArgumentError) as ex:
        print(type(ex).__name__ + ":", ex)  # expect: ArgumentError: argument -x: conflicting option string: -x
        # expect: ValueError: dest supplied twice for positional argument
        # expect: TypeError: 'required' is an invalid argument for positionals
        # expect: ValueError: nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate
        # expect: ValueError: unknown action "nope"
        # expect: ValueError: 'int' is not callable
        # expect: ValueError: length of metavar tuple does not match nargs
        # expect: ValueError: nargs must be '?' to supply const
print(repr(e._actions[1]))  # expect: _StoreAction(option_strings=['-x'], dest='x', nargs=None, const=None, default=None, type=None, choices=None, required=False, help=None, metavar=None)
