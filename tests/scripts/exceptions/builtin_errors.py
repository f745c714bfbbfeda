tests = [
    lambda: [][1], lambda: {}["x"], lambda: int("q"), lambda: None.attr,
    lambda: undefined_name, lambda: 1 + None, lambda: [].pop(), lambda: 1 / 0,
    lambda: next(iter([])), lambda: "abc".index("z"), lambda: {1}.remove(2),
    lambda: (1, 2).append, lambda: chr(-1), lambda: open("/nonexistent/dir/file"),
]
for t in tests:
    try:
        t()
    except BaseException as e:
        print(type(e).__name__ + ":", e)  # expect: IndexError: list index out of range
        # expect: KeyError: 'x'
        # expect: ValueError: invalid literal for int() with base 10: 'q'
        # expect: AttributeError: 'NoneType' object has no attribute 'attr'
        # expect: NameError: name 'undefined_name' is not defined
        # expect: TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
        # expect: IndexError: pop from empty list
        # expect: ZeroDivisionError: division by zero
        # expect: StopIteration:
        # expect: ValueError: substring not found
        # expect: KeyError: 2
        # expect: AttributeError: 'tuple' object has no attribute 'append'
        # expect: ValueError: chr() arg not in range(0x110000)
        # expect: FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/dir/file'
