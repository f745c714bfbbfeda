# argparse: parse_args() with no list reads sys.argv[1:]; prog defaults to the script name.
# args: --flag -n 4 first second
import argparse

a = argparse.ArgumentParser()
a.add_argument("--flag", action="store_true")
a.add_argument("-n", type=int)
a.add_argument("words", nargs="+")
print(a.prog)  # expect: argparse_argv.py
print(a.parse_args())  # expect: Namespace(flag=True, n=4, words=['first', 'second'])
print(a.format_usage(), end="")  # expect: usage: argparse_argv.py [-h] [--flag] [-n N] words [words ...]
