def check(x):
    if x % 2:
        raise ValueError(f"odd {x}")
    raise TypeError(f"even {x}")


def run_all():
    errors = []
    for x in range(3):
        try:
            check(x)
        except Exception as e:
            errors.append(e)
    try:
        raise ExceptionGroup("inner", [KeyError("k")])
    except ExceptionGroup as g:
        errors.append(g)
    raise ExceptionGroup("checks failed", errors)


try:
    run_all()
except* ValueError:
    raise RuntimeError("while handling")
