name = "fibra"
n = 42
print(f"hello {name}")  # expect: hello fibra
print(f"{n} + 1 = {n + 1}")  # expect: 42 + 1 = 43
print(f"{name.upper()} {len(name)} {[1, 2][0]}")  # expect: FIBRA 5 1
print(f"{{literal}} {{{n}}}")  # expect: {literal} {42}
print(f'{"quoted"}', f"{'single'}")  # expect: quoted single
print(f"{n!r} {name!r} {name!s}")  # expect: 42 'fibra' fibra
print(F"caps {n}")  # expect: caps 42
print(f"")  # expect:
