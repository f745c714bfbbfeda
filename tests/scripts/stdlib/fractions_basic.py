from fractions import Fraction as F
import math
a = F(3, 4); b = F(-5, 6)
print(a, b, repr(a), F(6, -4), F(0), F(7), F('3/4'), F(' -1.25e2 '), F('1.5'), F('.5'), F('2e-3'), F(0.1), F(F(1, 3)), F(F(1,2), F(3,4)))  # expect: 3/4 -5/6 Fraction(3, 4) -3/2 0 7 3/4 -125 3/2 1/2 1/500 3602879701896397/36028797018963968 1/3 2/3
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, b ** -3, a ** -1, a ** 0.5)  # expect: -1/12 19/12 -5/8 -9/10 -1 -1/12 (-1, Fraction(-1, 12)) 9/16 -216/125 4/3 0.8660254037844386
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a * 2, 1 / a, a / 2, 3 // a, 3 % a, a + 0.5, 0.5 + a, a * 1.5, 2 ** F(3), 4 ** F(1, 2), F(1, 2) ** F(2))  # expect: 7/4 7/4 -1/4 1/4 3/2 3/2 4/3 3/8 4 0 1.25 1.25 1.125 8 2.0 1/4
print(-a, +a, abs(b), int(b), float(a), math.floor(b), math.ceil(b), math.trunc(b), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1234), -2))  # expect: -3/4 3/4 5/6 0 0.75 -1 0 0 2 4 -2 157/50 1200
print(a == F(6, 8), a == 0.75, a < b, a > b, a <= 1, a >= 0.8, F(1, 2) == 0.5, 2 == F(4, 2), a != b, a < float('inf'), a > float('nan'), a == float('nan'))  # expect: True True False True True False True True True True False False
print(hash(F(1, 2)) == hash(0.5), hash(F(4, 2)) == hash(2), hash(F(-1)), hash(F(1, 3)), hash(F(-7, 3)))  # expect: True True -2 1537228672809129301 -1537228672809129303
print(F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(100), F(3, 10).limit_denominator(5), F(1, 3).limit_denominator(1), F(-math.pi).limit_denominator(7))  # expect: 355/113 311/99 1/3 0 -22/7
print(a.numerator, a.denominator, a.as_integer_ratio(), bool(F(0)), F.from_float(0.25), sorted([F(1, 2), F(1, 3), 0.4, 1]))  # expect: 3 4 (3, 4) False 1/4 [Fraction(1, 3), 0.4, Fraction(1, 2), 1]
print(sum([F(1, 3)] * 3), f"{F(1, 3)}", {F(1, 2): 'x'}[0.5], F(1, 10) + F(2, 10))  # expect: 1 1/3 x 3/10
for bad in [lambda: F(1, 0), lambda: F('x'), lambda: F('1/0'), lambda: F(float('nan')), lambda: F(float('inf')), lambda: F([1]), lambda: F(1.5, 2), lambda: a / F(0), lambda: F(0) ** -1, lambda: F(1).limit_denominator(0), lambda: a + 'x']:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)  # expect: ZeroDivisionError Fraction(1, 0)
        # expect: ValueError Invalid literal for Fraction: 'x'
        # expect: ZeroDivisionError Fraction(1, 0)
        # expect: ValueError cannot convert NaN to integer ratio
        # expect: OverflowError cannot convert Infinity to integer ratio
        # expect: TypeError argument should be a string or a Rational instance
        # expect: TypeError both arguments should be Rational instances
        # expect: ZeroDivisionError Fraction(1, 0)
        # expect: ZeroDivisionError Fraction(1, 0)
        # expect: ValueError max_denominator should be at least 1
        # expect: TypeError unsupported operand type(s) for +: 'Fraction' and 'str'
try: format(F(1,4), '.3f')
except TypeError as e: print(e)  # expect: unsupported format string passed to Fraction.__format__
print(F(0)/F(0) if False else '', F(-5, 3) / 1.0)  # expect:  -1.6666666666666667
try: F(-5,3)/F(0)
except ZeroDivisionError as e: print(e)  # expect: Fraction(-1, 0)
