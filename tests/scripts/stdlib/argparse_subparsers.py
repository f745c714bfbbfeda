# argparse: add_subparsers / add_parser (aliases, dest, required, help, unknown commands).
import argparse
import os

os.environ["COLUMNS"] = "80"  # help width = 80 - 2, whatever the terminal


class Failed(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message):
        raise Failed("%s: %s" % (self.prog, message))

    def exit(self, status=0, message=None):
        raise Failed("exit %d" % status)


def attempt(parser, args):
    try:
        print(args, "->", parser.parse_args(args))
    except Failed as e:
        print(args, "->", e)


sp = Parser(prog="git")
sub = sp.add_subparsers(dest="cmd", help="sub-command help")
a = sub.add_parser("add", help="add files")
a.add_argument("files", nargs="+")
c = sub.add_parser("commit", help="commit")
c.add_argument("-m")
sp.print_help()  # expect: usage: git [-h] {add,commit} ...
# expect:
# expect: positional arguments:
# expect:   {add,commit}  sub-command help
# expect:     add         add files
# expect:     commit      commit
# expect:
# expect: options:
# expect:   -h, --help    show this help message and exit
a.print_help()  # expect: usage: git add [-h] files [files ...]
# expect:
# expect: positional arguments:
# expect:   files
# expect:
# expect: options:
# expect:   -h, --help  show this help message and exit
for args in [["add", "x", "y"], ["commit", "-m", "msg"], [], ["push"], ["add"],
             ["commit", "extra"], ["add", "-h"]]:
    attempt(sp, args)  # expect: ['add', 'x', 'y'] -> Namespace(cmd='add', files=['x', 'y'])
    # expect: ['commit', '-m', 'msg'] -> Namespace(cmd='commit', m='msg')
    # expect: [] -> Namespace(cmd=None)
    # expect: ['push'] -> git: argument cmd: invalid choice: 'push' (choose from 'add', 'commit')
    # expect: ['add'] -> git add: the following arguments are required: files
    # expect: ['commit', 'extra'] -> git: unrecognized arguments: extra
    # expect: usage: git add [-h] files [files ...]
    # expect:
    # expect: positional arguments:
    # expect:   files
    # expect:
    # expect: options:
    # expect:   -h, --help  show this help message and exit
    # expect: ['add', '-h'] -> exit 0

s = Parser(prog="vcs")
s.add_argument("--debug", action="store_true")
sub = s.add_subparsers(title="commands", description="valid commands", dest="command",
                       metavar="CMD")
a = sub.add_parser("add", aliases=["a"], help="add stuff")
a.add_argument("path")
a.set_defaults(func="add-func")
r = sub.add_parser("remove", help="remove stuff")
r.add_argument("-f", action="store_true")
s.print_help()  # expect: usage: vcs [-h] [--debug] CMD ...
# expect:
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect:   --debug
# expect:
# expect: commands:
# expect:   valid commands
# expect:
# expect:   CMD
# expect:     add (a)   add stuff
# expect:     remove    remove stuff
for args in [["add", "p"], ["a", "p"], ["--debug", "remove", "-f"], ["remove", "--zzz"],
             ["nope"]]:
    attempt(s, args)  # expect: ['add', 'p'] -> Namespace(debug=False, command='add', path='p', func='add-func')
    # expect: ['a', 'p'] -> Namespace(debug=False, command='a', path='p', func='add-func')
    # expect: ['--debug', 'remove', '-f'] -> Namespace(debug=True, command='remove', f=True)
    # expect: ['remove', '--zzz'] -> vcs: unrecognized arguments: --zzz
    # expect: ['nope'] -> vcs: argument CMD: invalid choice: 'nope' (choose from 'add', 'a', 'remove')
print(s.parse_known_args(["remove", "x", "-f"]))  # expect: (Namespace(debug=False, command='remove', f=True), ['x'])

req = Parser(prog="req")
req.add_argument("--top", type=int, default=0)
sub = req.add_subparsers(required=True)
x = sub.add_parser("x")
x.add_argument("n", type=int)
attempt(req, [])  # expect: [] -> req: the following arguments are required: {x}
attempt(req, ["x", "4"])  # expect: ['x', '4'] -> Namespace(top=0, n=4)
attempt(req, ["--top", "2", "x", "5"])  # expect: ['--top', '2', 'x', '5'] -> Namespace(top=2, n=5)
attempt(req, ["x", "y"])  # expect: ['x', 'y'] -> req x: argument n: invalid int value: 'y'
