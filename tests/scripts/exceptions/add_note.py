# BaseException.add_note (3.11): notes collect in __notes__.
e = ValueError("a")
print(hasattr(e, "__notes__"))  # expect: False
e.add_note("first")
e.add_note("second")
print(e.__notes__, str(e), repr(e))  # expect: ['first', 'second'] a ValueError('a')
try:
    e.add_note(3)
except TypeError as t:
    print("TypeError:", t)  # expect: TypeError: note must be a str, not 'int'
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("while looking up")
        raise
except KeyError as k:
    print(k.__notes__)  # expect: ['while looking up']
