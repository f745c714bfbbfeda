def t():
    try:
        g = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        g.add_note("n")
        raise g
    except* ValueError:
        raise
try:
    t()
except BaseException as e:
    print(repr(e), getattr(e, "__notes__", None))  # expect: ExceptionGroup('eg', [ValueError(1), TypeError(2)]) ['n']
e = ExceptionGroup("eg", [ValueError(1), TypeError(2)]); e.add_note("x")
m = e.subgroup(ValueError); print(m.__notes__ is e.__notes__, m.__notes__ == e.__notes__)  # expect: False True
