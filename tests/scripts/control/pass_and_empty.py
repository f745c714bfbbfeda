def nothing():
    pass
class Empty:
    pass
for _ in range(3):
    pass
if True:
    pass
print(nothing(), type(Empty()).__name__)  # expect: None Empty
def doc_only():
    "just a docstring"
print(doc_only(), doc_only.__doc__)  # expect: None just a docstring
