cases = [lambda: 1 + "a", lambda: "a" - "b", lambda: [1] + (1,), lambda: {} < {}, lambda: None < 1, lambda: -"x", lambda: ~1.5, lambda: [1] * 1.5]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)  # expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
        # expect: TypeError: unsupported operand type(s) for -: 'str' and 'str'
        # expect: TypeError: can only concatenate list (not "tuple") to list
        # expect: TypeError: '<' not supported between instances of 'dict' and 'dict'
        # expect: TypeError: '<' not supported between instances of 'NoneType' and 'int'
        # expect: TypeError: bad operand type for unary -: 'str'
        # expect: TypeError: bad operand type for unary ~: 'float'
        # expect: TypeError: can't multiply sequence by non-int of type 'float'
