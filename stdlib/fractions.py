"""fractions: exact rational numbers.

Supported: Fraction(numerator=0, denominator=None) from ints, Fractions, floats and strings
("3/4", " -1.25e2 "), from_float, numerator/denominator, as_integer_ratio,
limit_denominator, arithmetic (+ - * / // % divmod ** and unary forms) mixed
with int and float (float operands give float results, as in CPython), comparisons with
int/float/Fraction, hash equal to that of equal ints and floats, int/float/bool conversion,
math.floor/ceil/trunc via __floor__/__ceil__/__trunc__, round(), str and repr, format() with an
empty spec (a non-empty one is a TypeError, as in 3.11).
Not supported: Decimal operands (from_decimal raises NotImplementedError), complex numbers,
the numbers ABCs, format specs such as '.3f' (new in 3.12 anyway).
"""

import math

_HASH_MODULUS = 2305843009213693951  # 2**61 - 1, CPython's numeric hash modulus
_HASH_INF = 314159


def _parse(text):
    s = text.strip().replace("_", "")
    if "/" in s:
        num, _, den = s.partition("/")
        if not _is_int_text(num) or not _is_digits(den):
            return None
        return int(num), int(den)
    sign = 1
    body = s
    if body[:1] in ("+", "-"):
        if body[0] == "-":
            sign = -1
        body = body[1:]
    exp = 0
    low = body.lower()
    if "e" in low:
        mant, _, exptext = low.partition("e")
        if not _is_int_text(exptext):
            return None
        exp = int(exptext)
    else:
        mant = low
    intpart, dot, frac = mant.partition(".")
    if not intpart and not frac:
        return None
    if (intpart and not _is_digits(intpart)) or (frac and not _is_digits(frac)):
        return None
    n = int((intpart or "0") + frac)
    d = 10 ** len(frac)
    if exp >= 0:
        n *= 10 ** exp
    else:
        d *= 10 ** -exp
    return sign * n, d


def _is_digits(s):
    if not s:
        return False
    for c in s:
        if c not in "0123456789":
            return False
    return True


def _is_int_text(s):
    if s[:1] in ("+", "-"):
        s = s[1:]
    return _is_digits(s)


class Fraction:
    """An exact rational number numerator/denominator in lowest terms, denominator > 0."""

    def __init__(self, numerator=0, denominator=None, _normalize=True):
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return
            if isinstance(numerator, float):
                if math.isnan(numerator) or math.isinf(numerator):
                    if math.isnan(numerator):
                        raise ValueError("cannot convert NaN to integer ratio")
                    raise OverflowError("cannot convert Infinity to integer ratio")
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: " + repr(numerator))
                n, d = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        else:
            n = _rational_parts(numerator)
            d = _rational_parts(denominator)
            if n is None or d is None:
                raise TypeError("both arguments should be Rational instances")
            # n = (a/b) / (c/e) = a*e / (b*c)
            n, d = n[0] * d[1], n[1] * d[0]
        if d == 0:
            raise ZeroDivisionError("Fraction(" + str(n) + ", 0)")
        if _normalize:
            g = math.gcd(n, d)
            if d < 0:
                g = -g
            n //= g
            d //= g
        self._numerator = n
        self._denominator = d

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(cls.__name__ + ".from_float() only takes floats, not "
                            + repr(f) + " (" + type(f).__name__ + ")")
        return cls(f)

    @classmethod
    def from_decimal(cls, dec):
        raise NotImplementedError("decimal is not supported by Fibra")

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion, keeping the last two convergents.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # Candidates: the last convergent and the best semiconvergent.
        near = Fraction(p1, q1)
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        if abs(near - self) <= abs(semi - self):
            return near
        return semi

    def __repr__(self):
        return "Fraction(" + str(self._numerator) + ", " + str(self._denominator) + ")"

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return str(self._numerator) + "/" + str(self._denominator)

    def __format__(self, spec):
        if spec == "":
            return str(self)
        raise TypeError("unsupported format string passed to Fraction.__format__")

    # arithmetic --------------------------------------------------------------

    def _coerce(self, other):
        """('f', Fraction) / ('x', float) / None for an unsupported operand."""
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        if isinstance(other, float):
            return other
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if isinstance(o, float):
            return float(self) + o
        return Fraction(self._numerator * o._denominator + o._numerator * self._denominator,
                        self._denominator * o._denominator)

    def __radd__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if isinstance(o, float):
            return o + float(self)
        return o.__add__(self)

    def __sub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if isinstance(o, float):
            return float(self) - o
        return Fraction(self._numerator * o._denominator - o._numerator * self._denominator,
                        self._denominator * o._denominator)

    def __rsub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if isinstance(o, float):
            return o - float(self)
        return o.__sub__(self)

    def __mul__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if isinstance(o, float):
            return float(self) * o
        return Fraction(self._numerator * o._numerator, self._denominator * o._denominator)

    def __rmul__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if isinstance(o, float):
            return o * float(self)
        return o.__mul__(self)

    def __truediv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if isinstance(o, float):
            return float(self) / o
        if o._numerator == 0:
            sign = (self._numerator > 0) - (self._numerator < 0)
            raise ZeroDivisionError("Fraction(" + str(sign) + ", 0)")
        return Fraction(self._numerator * o._denominator, self._denominator * o._numerator)

    def __rtruediv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if isinstance(o, float):
            return o / float(self)
        return o.__truediv__(self)

    def __floordiv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if isinstance(o, float):
            return float(self) // o
        return (self._numerator * o._denominator) // (self._denominator * o._numerator)

    def __rfloordiv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if isinstance(o, float):
            return o // float(self)
        return o.__floordiv__(self)

    def __mod__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if isinstance(o, float):
            return float(self) % o
        d = self._denominator * o._denominator
        return Fraction((self._numerator * o._denominator) % (o._numerator * self._denominator), d)

    def __rmod__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if isinstance(o, float):
            return o % float(self)
        return o.__mod__(self)

    def __divmod__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if isinstance(o, float):
            return divmod(float(self), o)
        return (self // o, self % o)

    def __rdivmod__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if isinstance(o, float):
            return divmod(o, float(self))
        return (o // self, o % self)

    def __pow__(self, other):
        if isinstance(other, int) or (isinstance(other, Fraction) and other._denominator == 1):
            e = int(other)
            if e >= 0:
                return Fraction(self._numerator ** e, self._denominator ** e, _normalize=False)
            if self._numerator == 0:
                raise ZeroDivisionError("Fraction(" + str(self._denominator ** -e) + ", 0)")
            n, d = self._denominator ** -e, self._numerator ** -e
            if d < 0:
                n, d = -n, -d
            return Fraction(n, d, _normalize=False)
        if isinstance(other, (float, Fraction)):
            return float(self) ** float(other)
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0 and isinstance(other, (int, Fraction)):
            return Fraction(other) ** self._numerator
        if isinstance(other, Fraction):
            return float(other) ** float(self)
        if isinstance(other, (int, float)):
            return other ** float(self)
        return NotImplemented

    def __pos__(self):
        return Fraction(self._numerator, self._denominator, _normalize=False)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator, _normalize=False)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator, _normalize=False)

    def __trunc__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __int__(self):
        return self.__trunc__()

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice < self._denominator or (twice == self._denominator and q % 2 == 0):
                return q
            return q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        dinv = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
        if dinv == 0:
            h = _HASH_INF
        else:
            h = hash(abs(self._numerator)) * dinv % _HASH_MODULUS
        if self._numerator < 0:
            h = -h
        if h == -1:
            return -2
        return h

    # comparisons ---------------------------------------------------------------

    def _cmp(self, other):
        """-1/0/1 comparing with other, None if NotImplemented, 'nan' for a NaN float."""
        if isinstance(other, float):
            if math.isnan(other):
                return "nan"
            if math.isinf(other):
                return -1 if other > 0 else 1
            other = Fraction(other)
        elif isinstance(other, int):
            other = Fraction(other)
        elif not isinstance(other, Fraction):
            return None
        a = self._numerator * other._denominator
        b = other._numerator * self._denominator
        return (a > b) - (a < b)

    def __eq__(self, other):
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        return c == 0

    def __lt__(self, other):
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        return c != "nan" and c < 0

    def __le__(self, other):
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        return c != "nan" and c <= 0

    def __gt__(self, other):
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        return c != "nan" and c > 0

    def __ge__(self, other):
        c = self._cmp(other)
        if c is None:
            return NotImplemented
        return c != "nan" and c >= 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _rational_parts(x):
    if isinstance(x, bool) or isinstance(x, int):
        return (int(x), 1)
    if isinstance(x, Fraction):
        return (x._numerator, x._denominator)
    return None
