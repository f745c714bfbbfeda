# argparse: usage lines and -h/--help layout (HelpFormatter and its variants).
import argparse
import os

os.environ["COLUMNS"] = "80"  # help width = 80 - 2, whatever the terminal

p = argparse.ArgumentParser(prog="prog", description="Process some integers and stuff. " * 4,
                            epilog="The end.")
p.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
p.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max,
               help="sum the integers (default: find the max)")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="mode %(default)s of %(choices)s")
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--opt", nargs="?", const="C", help="optional")
p.add_argument("--many", nargs="*")
p.add_argument("--a-very-long-option-name-here",
               help="this one has a long name so its help goes on the next line")
p.add_argument("rest", nargs="*")
g = p.add_mutually_exclusive_group()
g.add_argument("-x", action="store_true")
g.add_argument("-y", action="store_true")
p.print_help()  # expect: usage: prog [-h] [--sum] [-v] [--mode {fast,slow}] [--pair A B] [--opt [OPT]]
# expect:             [--many [MANY ...]]
# expect:             [--a-very-long-option-name-here A_VERY_LONG_OPTION_NAME_HERE]
# expect:             [-x | -y]
# expect:             N [N ...] [rest ...]
# expect:
# expect: Process some integers and stuff. Process some integers and stuff. Process some
# expect: integers and stuff. Process some integers and stuff.
# expect:
# expect: positional arguments:
# expect:   N                     an integer for the accumulator
# expect:   rest
# expect:
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   --sum                 sum the integers (default: find the max)
# expect:   -v, --verbose
# expect:   --mode {fast,slow}    mode fast of fast, slow
# expect:   --pair A B
# expect:   --opt [OPT]           optional
# expect:   --many [MANY ...]
# expect:   --a-very-long-option-name-here A_VERY_LONG_OPTION_NAME_HERE
# expect:                         this one has a long name so its help goes on the next
# expect:                         line
# expect:   -x
# expect:   -y
# expect:
# expect: The end.
print(p.format_usage(), end="")  # expect: usage: prog [-h] [--sum] [-v] [--mode {fast,slow}] [--pair A B] [--opt [OPT]]
# expect:             [--many [MANY ...]]
# expect:             [--a-very-long-option-name-here A_VERY_LONG_OPTION_NAME_HERE]
# expect:             [-x | -y]
# expect:             N [N ...] [rest ...]
print("---")  # expect: ---

p = argparse.ArgumentParser(prog="a-program-with-a-really-quite-long-name-indeed-yes-very-long",
                            description="""First   paragraph
    continues here.""", epilog="See %(prog)s docs.")
for i in range(6):
    p.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i, help="option %d" % i)
p.add_argument("positional_one")
p.add_argument("positional_two", nargs="+")
grp = p.add_argument_group("Extra things", "These are described here in a group description.")
grp.add_argument("--req", required=True, help="required option")
grp.add_argument("--coords", nargs=2, metavar=("X", "Y"), type=float, help="coords")
grp.add_argument("--hidden", help=argparse.SUPPRESS)
grp.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="a flag")
p.print_help()  # expect: usage: a-program-with-a-really-quite-long-name-indeed-yes-very-long
# expect:        [-h] [--option-number-0 VALUE0] [--option-number-1 VALUE1]
# expect:        [--option-number-2 VALUE2] [--option-number-3 VALUE3]
# expect:        [--option-number-4 VALUE4] [--option-number-5 VALUE5] --req REQ
# expect:        [--coords X Y] [--flag | --no-flag]
# expect:        positional_one positional_two [positional_two ...]
# expect:
# expect: First paragraph continues here.
# expect:
# expect: positional arguments:
# expect:   positional_one
# expect:   positional_two
# expect:
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   --option-number-0 VALUE0
# expect:                         option 0
# expect:   --option-number-1 VALUE1
# expect:                         option 1
# expect:   --option-number-2 VALUE2
# expect:                         option 2
# expect:   --option-number-3 VALUE3
# expect:                         option 3
# expect:   --option-number-4 VALUE4
# expect:                         option 4
# expect:   --option-number-5 VALUE5
# expect:                         option 5
# expect:
# expect: Extra things:
# expect:   These are described here in a group description.
# expect:
# expect:   --req REQ             required option
# expect:   --coords X Y          coords
# expect:   --flag, --no-flag     a flag
# expect:
# expect: See a-program-with-a-really-quite-long-name-indeed-yes-very-long docs.
print("---")  # expect: ---

p = argparse.ArgumentParser(prog="prog")
for i in range(8):
    p.add_argument("positional_argument_%d" % i)
p.print_usage()  # expect: usage: prog [-h]
# expect:             positional_argument_0 positional_argument_1 positional_argument_2
# expect:             positional_argument_3 positional_argument_4 positional_argument_5
# expect:             positional_argument_6 positional_argument_7
print("---")  # expect: ---

p = argparse.ArgumentParser(prog="prog", add_help=False)
p.add_argument("--n", type=int, choices=range(1, 4), help="pick %(choices)s, default %(default)s, 100%%")
p.add_argument("cols", nargs="*", choices=["a", "b"], default=["a"])
g = p.add_mutually_exclusive_group(required=True)
g.add_argument("--left", action="store_const", const="L", dest="side")
g.add_argument("--right", action="store_const", const="R", dest="side")
p.print_help()  # expect: usage: prog [--n {1,2,3}] (--left | --right) [{a,b} ...]
# expect:
# expect: positional arguments:
# expect:   {a,b}
# expect:
# expect: options:
# expect:   --n {1,2,3}  pick 1, 2, 3, default None, 100%
# expect:   --left
# expect:   --right
print("---")  # expect: ---

w = argparse.ArgumentParser(prog="w", usage="%(prog)s [options] FILE")
w.add_argument("file", metavar="FILE")
w.print_help()  # expect: usage: w [options] FILE
# expect:
# expect: positional arguments:
# expect:   FILE
# expect:
# expect: options:
# expect:   -h, --help  show this help message and exit
print("---")  # expect: ---

v = argparse.ArgumentParser(prog="v", description="d", add_help=False)
v.print_help()  # expect: usage: v
# expect:
# expect: d
v.add_argument("--dash-name", metavar="")
v.add_argument("-s")
v.add_argument("--t", "-T", nargs="+", help="Lorem ipsum dolor sit amet, consectetur adipiscing "
               "elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.")
v.print_help()  # expect: usage: v [--dash-name] [-s S] [--t T [T ...]]
# expect:
# expect: d
# expect:
# expect: options:
# expect:   --dash-name
# expect:   -s S
# expect:   --t T [T ...], -T T [T ...]
# expect:                         Lorem ipsum dolor sit amet, consectetur adipiscing
# expect:                         elit, sed do eiusmod tempor incididunt ut labore et
# expect:                         dolore magna aliqua.
print("---")  # expect: ---

q = argparse.ArgumentParser(prog="q", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="line one\n  indented line\n\nafter blank")
q.add_argument("--x", default=5, help="x value")
q.print_help()  # expect: usage: q [-h] [--x X]
# expect:
# expect: line one
# expect:   indented line
# expect:
# expect: after blank
# expect:
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect:   --x X       x value
q2 = argparse.ArgumentParser(prog="q2", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
q2.add_argument("--x", default=5, help="x value")
q2.add_argument("--y", action="store_true", help="y flag")
q2.add_argument("z", nargs="?", default="zz", help="z")
q2.print_help()  # expect: usage: q2 [-h] [--x X] [--y] [z]
# expect:
# expect: positional arguments:
# expect:   z           z (default: zz)
# expect:
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect:   --x X       x value (default: 5)
# expect:   --y         y flag (default: False)
q3 = argparse.ArgumentParser(prog="q3", formatter_class=argparse.RawTextHelpFormatter, add_help=False)
q3.add_argument("--x", help="multi\n  line\nhelp")
q3.print_help()  # expect: usage: q3 [--x X]
# expect:
# expect: options:
# expect:   --x X  multi
# expect:            line
# expect:          help
q4 = argparse.ArgumentParser(prog="q4", formatter_class=lambda prog: argparse.HelpFormatter(
    prog, max_help_position=40, width=60))
q4.add_argument("--some-long-option", help="the help starts further right and wraps at sixty columns")
q4.print_help()  # expect: usage: q4 [-h] [--some-long-option SOME_LONG_OPTION]
# expect:
# expect: options:
# expect:   -h, --help                           show this help
# expect:                                        message and exit
# expect:   --some-long-option SOME_LONG_OPTION  the help starts
# expect:                                        further right and
# expect:                                        wraps at sixty
# expect:                                        columns
print("---")  # expect: ---

c = argparse.ArgumentParser(prog="c", conflict_handler="resolve")
c.add_argument("-x", "--xx", help="old")
c.add_argument("-x", help="new")
c.print_help()  # expect: usage: c [-h] [--xx XX] [-x X]
# expect:
# expect: options:
# expect:   -h, --help  show this help message and exit
# expect:   --xx XX     old
# expect:   -x X        new
par = argparse.ArgumentParser(add_help=False)
par.add_argument("--parent-opt", type=int, default=1)
ch = argparse.ArgumentParser(prog="child", parents=[par])
ch.print_help()  # expect: usage: child [-h] [--parent-opt PARENT_OPT]
# expect:
# expect: options:
# expect:   -h, --help            show this help message and exit
# expect:   --parent-opt PARENT_OPT
