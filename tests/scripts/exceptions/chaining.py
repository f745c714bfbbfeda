class AppError(Exception):
    pass
def load():
    try:
        {}["key"]
    except KeyError as e:
        raise AppError("could not load") from e
try:
    load()
except AppError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)  # expect: could not load | cause: KeyError('key') | suppress: True
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("no context") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)  # expect: no context None True ZeroDivisionError
