for f in (lambda: 1 // 0, lambda: 1 % 0, lambda: 1 / 0, lambda: divmod(1, 0), lambda: 2**70 // 0):
    try:
        f()
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)  # expect: ZeroDivisionError integer division or modulo by zero
        # expect: ZeroDivisionError integer modulo by zero
        # expect: ZeroDivisionError division by zero
        # expect: ZeroDivisionError integer division or modulo by zero
        # expect: ZeroDivisionError integer division or modulo by zero
print(0 ** 5)  # expect: 0
