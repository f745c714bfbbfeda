print("%s and %s" % ("a", "b"))  # expect: a and b
print("%r %r" % ("x", 1))  # expect: 'x' 1
print("%d %i %d" % (42, -7, 3.9))  # expect: 42 -7 3
print("%f %.2f %.0f" % (3.14159, 3.14159, 2.5))  # expect: 3.141590 3.14 2
print("[%5d] [%-5d] [%05d] [%+d]" % (42, 42, 42, 42))  # expect: [   42] [42   ] [00042] [+42]
print("[%5s] [%-5s] [%.2s]" % ("ab", "ab", "abcdef"))  # expect: [   ab] [ab   ] [ab]
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))  # expect: ff FF 10 0xff 0o10
print("%e %.2e %g %g %g" % (12345.678, 12345.678, 0.0001, 1e20, 123.0))  # expect: 1.234568e+04 1.23e+04 0.0001 1e+20 123
print("100%% done %s" % "!")  # expect: 100% done !
print("%s" % (1, ) + "|" + "%s" % [1, 2])  # expect: 1|[1, 2]
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})  # expect: Ann is 30
print("%c%c" % (72, "i"))  # expect: Hi
print("%s" % None, "%s" % True, "%d" % True)  # expect: None True 1
print("%10.3f|%-10.3f|" % (2.5, 2.5))  # expect:      2.500|2.500     |
