try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print("caught", e)  # expect: caught second
    print("context:", repr(e.__context__))  # expect: context: ValueError('first')
    print("cause:", e.__cause__)  # expect: cause: None
    print("suppress:", e.__suppress_context__)  # expect: suppress: False
