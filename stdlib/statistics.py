"""statistics: averages and measures of spread, computed exactly like CPython 3.11.

Sums and sums of squares are accumulated exactly as fractions (so float results are the
correctly rounded value of the exact answer, identical to CPython's), and results keep the
type of the data (int data whose mean is not whole gives a float; Fraction data gives a
Fraction). stdev/pstdev are the correctly rounded square root of the exact variance.

Supported: mean, fmean (weights), median, median_low, median_high, mode, multimode,
pvariance, variance, pstdev, stdev (with mu/xbar), quantiles (n, method 'exclusive' or
'inclusive'), geometric_mean, harmonic_mean (weights), median_grouped (interval),
covariance, correlation, linear_regression (proportional; the result is a tuple subclass
with slope/intercept, not a namedtuple class), StatisticsError.
Not supported: Decimal data, NormalDist (raises NotImplementedError).
"""

import math
from fractions import Fraction
from collections import Counter


class StatisticsError(ValueError):
    pass


def _exact_ratio(x):
    """(numerator, denominator) of x, or (x, None) for an infinite or NaN float."""
    if isinstance(x, float):
        if math.isinf(x) or math.isnan(x):
            return (x, None)
        return x.as_integer_ratio()
    if isinstance(x, int):
        return (int(x), 1)
    if isinstance(x, Fraction):
        return (x.numerator, x.denominator)
    raise TypeError("can't convert type '" + type(x).__name__ + "' to numerator/denominator")


def _coerce(T, S):
    """The type that a mix of T and S values is reported in."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce " + T.__name__ + " and " + S.__name__)


def _sum(data):
    """(type, exact total, count) of the values in data."""
    count = 0
    T = int
    partials = {}
    for x in data:
        typ = type(x)
        n, d = _exact_ratio(x)
        T = _coerce(T, typ)
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = Fraction(0)
        for d in partials:
            total = total + Fraction(partials[d], d)
    return T, total, count


def _convert(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if T is float:
        return float(value)
    if T is bool:
        return int(value)
    return T(value)


def _ss(data, c=None):
    """(type, exact sum of squared deviations, count); about c when it is given."""
    if c is not None:
        T, total, count = _sum([(x - c) * (x - c) for x in data])
        return T, total, count
    data = list(data)
    T, total, count = _sum(data)
    if count == 0:
        return T, Fraction(0), 0
    if not isinstance(total, Fraction):
        return T, total, count  # an infinity or NaN
    mean = total / count
    ss = Fraction(0)
    for x in data:
        n, d = _exact_ratio(x)
        diff = Fraction(n, d) - mean
        ss = ss + diff * diff
    return T, ss, count


def _sqrt_of_fraction(value):
    """The correctly rounded float square root of a non-negative Fraction (or float)."""
    if not isinstance(value, Fraction):
        return math.sqrt(value)
    n, m = value.numerator, value.denominator
    if n == 0:
        return 0.0
    # Scale so that the integer square root has about 60 significant bits.
    k = (120 - n.bit_length() + m.bit_length()) // 2
    if k >= 0:
        num, den = n << (2 * k), m
    else:
        num, den = n, m << (-2 * k)
    q, rem = divmod(num, den)
    r = math.isqrt(q)
    inexact = rem != 0 or r * r != q
    extra = r.bit_length() - 53
    if extra > 0:
        low = r & ((1 << extra) - 1)
        r >>= extra
        half = 1 << (extra - 1)
        if low > half or (low == half and (inexact or r & 1)):
            r += 1
    else:
        extra = 0
    return math.ldexp(float(r), extra - k)


def mean(data):
    """Arithmetic mean, exact then converted to the data's type."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Fast floating-point arithmetic mean (math.fsum based)."""
    if weights is None:
        data = list(data)
        n = len(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return math.fsum(data) / n
    data = list(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    num = math.fsum([x * w for x, w in zip(data, weights)])
    den = math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def mode(data):
    """The most common value (the first one met, on ties)."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError("no mode for empty data")
    return pairs[0][0]


def multimode(data):
    """All the most common values, in the order first met."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def variance(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _sqrt_of_fraction(ss / (n - 1))


def pstdev(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _sqrt_of_fraction(ss / n)


def quantiles(data, *, n=4, method="exclusive"):
    """n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError("Unknown method: " + repr(method))


def geometric_mean(data):
    """exp of the mean of the logarithms (a float)."""
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing "
                              "positive numbers") from None


def _fail_neg(values, errmsg):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def harmonic_mean(data, weights=None):
    """Reciprocal of the (weighted) mean of the reciprocals; 0 if any value is 0."""
    errmsg = "harmonic mean does not support negative values"
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        sum_weights = _sum(_fail_neg(weights, errmsg))[1]
    try:
        terms = []
        for w, x in zip(weights, _fail_neg(data, errmsg)):
            terms.append(w / x if w else 0)
        T, total, count = _sum(terms)
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(sum_weights / total, T)


def median_grouped(data, interval=1.0):
    """Median of data grouped in classes of width interval, by interpolation (a float)."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    first = data.index(x)
    last = first
    while last + 1 < n and data[last + 1] == x:
        last += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - first) / (last - first + 1)


def _paired(x, y, what):
    x = list(x)
    y = list(y)
    n = len(x)
    if len(y) != n:
        raise StatisticsError(what + " requires that both inputs have same number of "
                                     "data points")
    if n < 2:
        raise StatisticsError(what + " requires at least two data points")
    return x, y, n


def covariance(x, y):
    x, y, n = _paired(x, y, "covariance")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    return sxy / (n - 1)


def correlation(x, y):
    """Pearson's correlation coefficient."""
    x, y, n = _paired(x, y, "correlation")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    sxx = math.fsum([(xi - xbar) * (xi - xbar) for xi in x])
    syy = math.fsum([(yi - ybar) * (yi - ybar) for yi in y])
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


class LinearRegression(tuple):
    """LinearRegression(slope, intercept), a named pair."""

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    @property
    def slope(self):
        return self[0]

    @property
    def intercept(self):
        return self[1]

    def __repr__(self):
        return "LinearRegression(slope=%r, intercept=%r)" % (self[0], self[1])


def linear_regression(x, y, *, proportional=False):
    """Least-squares slope and intercept (intercept 0.0 when proportional)."""
    x, y, n = _paired(x, y, "linear regression")
    if proportional:
        sxy = math.fsum([xi * yi for xi, yi in zip(x, y)])
        sxx = math.fsum([xi * xi for xi in x])
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
        sxx = math.fsum([(xi - xbar) * (xi - xbar) for xi in x])
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope, intercept)


class NormalDist:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("statistics.NormalDist is not supported by Fibra")
