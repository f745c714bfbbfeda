# argparse: a parse error prints usage and "prog: error: ..." to stderr and exits with 2.
import argparse

p = argparse.ArgumentParser(prog="tool", description="A tool.")
p.add_argument("count", type=int)
print(p.parse_args(["3"]))  # expect: Namespace(count=3)
p.parse_args(["three"])
print("not reached")
# expect exit: 2
