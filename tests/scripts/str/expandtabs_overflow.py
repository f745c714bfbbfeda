# A tab size beyond a C int is an OverflowError (it used to abort the process trying to
# build a terabyte string); sizes in range still work.
for ts in (2**40, 2**31, -2**40, 2**64):
    try:
        "a\tb".expandtabs(ts)
    except OverflowError as e:
        print(type(e).__name__, e)
# expect: OverflowError Python int too large to convert to C int
# expect: OverflowError Python int too large to convert to C int
# expect: OverflowError Python int too large to convert to C int
# expect: OverflowError Python int too large to convert to C int
try:
    "a\tb".expandtabs(tabsize=2**40)
except OverflowError as e:
    print(e)  # expect: Python int too large to convert to C int
print(repr("a\tb".expandtabs(-1)))  # expect: 'ab'
print(len("a\tb".expandtabs(100000)))  # expect: 100001
