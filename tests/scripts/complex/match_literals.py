for v in [1+2j, 2j, 3, -1j, -1.5-2j]:
    match v:
        case 1+2j: print("a")
        case 2j: print("b")
        case -1j: print("c")
        case -1.5-2j: print("d")
        case _: print("other")

# expect: a
# expect: b
# expect: other
# expect: c
# expect: d
