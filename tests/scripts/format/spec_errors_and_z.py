# The 3.11 'z' option (no sign on a float that rounds to -0), and CPython's messages for
# malformed format strings and specs.
print("{:z.1f}|{:z.2f}|{:.1f}".format(-0.04, -0.0, -0.04))  # expect: 0.0|0.00|-0.0
print(f"{-0.0:z}|{-0.0:z.3e}|{-1e-9:z.2%}|{-0.5:z.0f}|{-1.5:z.0f}|{-0.001:z.2e}")  # expect: 0.0|0.000e+00|0.00%|0|-2|-1.00e-03
print(format(-0.0001, "+z.2f"), format(-0.0001, " z.1f"), format(float("-inf"), "z"))  # expect: +0.00  0.0 -inf


def err(fmt, *args):
    try:
        print(repr(fmt.format(*args)))
    except ValueError as e:
        print("ValueError:", e)


err("{:z}", 1)  # expect: ValueError: Negative zero coercion (z) not allowed in integer format specifier
err("{:z}", "s")  # expect: ValueError: Negative zero coercion (z) not allowed in string format specifier
err("{")  # expect: ValueError: Single '{' encountered in format string
err("x{")  # expect: ValueError: Single '{' encountered in format string
err("{0")  # expect: ValueError: expected '}' before end of string
err("{0:")  # expect: ValueError: unmatched '{' in format spec
err("{0!")  # expect: ValueError: end of string while looking for conversion specifier
err("{0!r")  # expect: ValueError: unmatched '{' in format spec
err("{0!rr}", 1)  # expect: ValueError: expected ':' after conversion specifier
err("{0[}", 1)  # expect: ValueError: expected '}' before end of string
err("{a{b}c}", 1)  # expect: ValueError: unexpected '{' in field name
err("}")  # expect: ValueError: Single '}' encountered in format string
err("{0:}}", 1)  # expect: ValueError: Single '}' encountered in format string
err("{0[a:b]}|{0[!]}|{0[}]}", {"a:b": 1, "!": 2, "}": 3})  # expect: '1|2|3'
err("{0!r:>{1}}", "x", 6)  # expect: "   'x'"
err("{:abc}", 1)  # expect: ValueError: Invalid format specifier 'abc' for object of type 'int'
err("{:10.2.3}", 1.5)  # expect: ValueError: Invalid format specifier '10.2.3' for object of type 'float'
err("{:xx}", "s")  # expect: ValueError: Invalid format specifier 'xx' for object of type 'str'
try:
    format(True, "zz")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: Unknown format code 'z' for object of type 'bool'
