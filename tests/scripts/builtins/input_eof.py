try:
    line = input()
    print("got", line)
except EOFError:
    print("EOFError on empty stdin")  # expect: EOFError on empty stdin
