"""Dates, times and durations (CPython's `datetime`), written in Fibra.

Supported:
- `timedelta`: keyword/positional construction with int or float parts, normalisation,
  `+ - * / // % divmod abs`, comparisons, hashing, `total_seconds`, `min`/`max`/
  `resolution`, CPython's `str`/`repr`.
- `date`: construction and validation, `today`, `fromtimestamp`, `fromordinal`,
  `fromisoformat`, `fromisocalendar`, `toordinal`, `weekday`, `isoweekday`, `timetuple`,
  `isocalendar` (an `IsoCalendarDate` tuple), `isoformat`, `ctime`, `strftime`,
  `__format__`, `replace`, arithmetic with `timedelta`, `date - date`, comparisons.
- `time`: construction, `fromisoformat`, `isoformat(timespec)`, `strftime`, `replace`,
  `utcoffset`/`tzname`/`dst`, comparisons (naive and aware).
- `datetime` (a `date` subclass): `now`, `utcnow`, `today`, `fromtimestamp`,
  `utcfromtimestamp`, `combine`, `fromisoformat`, `strptime`, `isoformat(sep, timespec)`,
  `strftime`, `timestamp`, `date`, `time`, `timetz`, `timetuple`, `utctimetuple`,
  `replace`, `astimezone`,
  arithmetic, comparisons (naive/aware rules as in CPython).
- `tzinfo` (abstract base) and `timezone` (fixed offsets, `utc`, names, `min`/`max`).
- strftime/strptime directives: `%a %A %b %B %c %d %f %H %I %j %m %M %p %S %u %w %U %W %G
  %V %x %X %y %Y %z %Z %%` (C locale).

Local time: naive "local" times (`now()`, `today()`, `fromtimestamp()`, `timestamp()` of
a naive datetime, `astimezone()`) use the native `time` module's `localtime`/`mktime`
(the C library, honouring TZ) and fall back to UTC where that module lacks them;
`timetuple`/`utctimetuple` need `time.struct_time` (NotImplementedError without it).
Not supported: `fold`-aware local-time disambiguation (`fold` is stored but
not used in conversions), pickling, `strptime` `%Z` names other than UTC/GMT, locales.
"""

import time as _time
import math as _math
import re as _re

__all__ = ["date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR",
           "MAXYEAR", "UTC"]

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0]
for _m in range(1, 13):
    _DAYS_BEFORE_MONTH.append(_DAYS_BEFORE_MONTH[-1] + _DAYS_IN_MONTH[_m])
del _m

_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
              "Sunday"]
_MAX_ORDINAL = 3652059


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ordinal(year, month, day):
    before = _DAYS_BEFORE_MONTH[month - 1]
    if month > 2 and _is_leap(year):
        before += 1
    return _days_before_year(year) + before + day


def _ordinal_to_ymd(n):
    # Day 1 is 0001-01-01. Peel off 400-, 100-, 4- and 1-year cycles.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = _is_leap(year)
    month = 1
    while True:
        length = _DAYS_IN_MONTH[month] + (1 if month == 2 and leap else 0)
        if n < length:
            return year, month, n + 1
        n -= length
        month += 1


def _iso_week1_monday(year):
    first = _ymd_to_ordinal(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if hasattr(type(value), "__index__"):
        return value.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _qualname(obj, base, name):
    # CPython's C types print as "datetime.X"; subclasses print their bare name.
    if type(obj) is base:
        return "datetime." + name
    return type(obj).__qualname__


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _format_offset(off, sep=":"):
    # "+HH:MM[:SS[.ffffff]]" for a timedelta offset, "" for None.
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off.days * 86400 + off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _check_utc_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                         " and timedelta(hours=24), not %r." % offset)
    return offset


def _format_time(hour, minute, second, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, us // 1000)
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, us)
    raise ValueError("Unknown timespec value")


# ---------------------------------------------------------------------------- timedelta

class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                 hours=0, weeks=0):
        total = 0       # exact integer microseconds
        frac = 0.0      # float microseconds still to be rounded
        for value, scale in ((days, 86400000000), (seconds, 1000000), (microseconds, 1),
                             (milliseconds, 1000), (minutes, 60000000),
                             (hours, 3600000000), (weeks, 604800000000)):
            if isinstance(value, int):
                total += value * scale
            elif isinstance(value, float):
                whole, part = divmod(value, 1.0)
                total += int(whole) * scale
                frac += part * scale
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_TD_ARG_NAMES[scale], type(value).__name__))
        if frac:
            whole = _math.floor(frac)
            rest = frac - whole
            total += int(whole)
            if rest > 0.5 or (rest == 0.5 and total % 2 == 1):
                total += 1
        self._set(total)

    def _set(self, total_us):
        secs, us = divmod(total_us, 1000000)
        days, secs = divmod(secs, 86400)
        if not -999999999 <= days <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self._days = days
        self._seconds = secs
        self._microseconds = us

    @classmethod
    def _from_us(cls, total_us):
        td = timedelta.__new__(timedelta)
        td._set(total_us)
        return td

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        if not parts:
            parts.append("0")
        return "%s(%s)" % (_qualname(self, timedelta, "timedelta"), ", ".join(parts))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            s = "%d day%s, %s" % (self._days, plural, s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other - self
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_us(_div_half_even(self._to_us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_div_half_even(self._to_us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_div_half_even(self._to_us() * den, num))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if other._to_us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if other._to_us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if other._to_us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() != other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


_TD_ARG_NAMES = {86400000000: "days", 1000000: "seconds", 1: "microseconds",
                 1000: "milliseconds", 60000000: "minutes", 3600000000: "hours",
                 604800000000: "weeks"}


def _div_half_even(a, b):
    # a / b rounded to the nearest integer, ties to even.
    q, r = divmod(a, b)
    twice = 2 * r
    if b < 0:
        twice = -twice
        b = -b
    if twice > b or (twice == b and q % 2 == 1):
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------- strftime helpers

def _strftime(fmt, year, month, day, hour, minute, second, us, tzobj, dtobj):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    ordinal = _ymd_to_ordinal(year, month, day)
    weekday = (ordinal + 6) % 7          # Monday == 0
    yday = ordinal - _ymd_to_ordinal(year, 1, 1) + 1
    while i < n:
        ch = fmt[i]
        if ch != "%" or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == "Y":
            out.append(str(year))
        elif d == "m":
            out.append("%02d" % month)
        elif d == "d":
            out.append("%02d" % day)
        elif d == "e":
            out.append("%2d" % day)
        elif d == "H":
            out.append("%02d" % hour)
        elif d == "I":
            out.append("%02d" % ((hour + 11) % 12 + 1))
        elif d == "M":
            out.append("%02d" % minute)
        elif d == "S":
            out.append("%02d" % second)
        elif d == "f":
            out.append("%06d" % us)
        elif d == "j":
            out.append("%03d" % yday)
        elif d == "a":
            out.append(_DAY_NAMES[weekday][:3])
        elif d == "A":
            out.append(_DAY_NAMES[weekday])
        elif d == "b" or d == "h":
            out.append(_MONTH_NAMES[month - 1][:3])
        elif d == "B":
            out.append(_MONTH_NAMES[month - 1])
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "y":
            out.append("%02d" % (year % 100))
        elif d == "C":
            out.append(str(year // 100))
        elif d == "w":
            out.append(str((weekday + 1) % 7))
        elif d == "u":
            out.append(str(weekday + 1))
        elif d == "U":
            out.append("%02d" % ((yday + 6 - (weekday + 1) % 7) // 7))
        elif d == "W":
            out.append("%02d" % ((yday + 6 - weekday) // 7))
        elif d == "G" or d == "V":
            iy, iw, _ = _isocalendar(year, month, day)
            out.append(str(iy) if d == "G" else "%02d" % iw)
        elif d == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (
                _DAY_NAMES[weekday][:3], _MONTH_NAMES[month - 1][:3], day, hour, minute,
                second, year))
        elif d == "x":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d == "X":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif d == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "z":
            off = None
            if tzobj is not None:
                off = _check_utc_offset("utcoffset", tzobj.utcoffset(dtobj))
            out.append(_format_offset(off, ""))
        elif d == "Z":
            name = None
            if tzobj is not None:
                name = tzobj.tzname(dtobj)
            out.append("" if name is None else name)
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


def _isocalendar(year, month, day):
    ordinal = _ymd_to_ordinal(year, month, day)
    iso_year = year
    week1 = _iso_week1_monday(iso_year)
    if ordinal < week1:
        iso_year -= 1
        week1 = _iso_week1_monday(iso_year)
    else:
        nxt = _iso_week1_monday(iso_year + 1)
        if ordinal >= nxt:
            iso_year += 1
            week1 = nxt
    week, wd = divmod(ordinal - week1, 7)
    return iso_year, week + 1, wd + 1


def _struct_time(y, m, d, hh, mm, ss, dst):
    if not hasattr(_time, "struct_time"):
        raise NotImplementedError("timetuple() needs time.struct_time, which this Fibra "
                                  "build's time module lacks")
    ordinal = _ymd_to_ordinal(y, m, d)
    yday = ordinal - _ymd_to_ordinal(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, (ordinal + 6) % 7, yday, dst))


class IsoCalendarDate(tuple):
    """The (year, week, weekday) tuple returned by `isocalendar()`."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % tuple(self)


# --------------------------------------------------------------------------------- date

def _parse_iso_date(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]; returns (y, m, d, consumed).
    if len(s) >= 10 and s[4] == "-" and s[5] != "W":
        if s[7] != "-":
            raise ValueError
        y, m, d = s[0:4], s[5:7], s[8:10]
        used = 10
    elif len(s) >= 8 and s[4] != "-" and s[4] != "W":
        y, m, d = s[0:4], s[4:6], s[6:8]
        used = 8
    else:
        dash = len(s) > 4 and s[4] == "-"
        p = 5 if dash else 4
        if len(s) < p + 3 or s[p] != "W":
            raise ValueError
        y, w = s[0:4], s[p + 1:p + 3]
        used = p + 3
        wd = "1"
        if len(s) > used and (s[used] == "-") == dash:
            q = used + (1 if dash else 0)
            if len(s) > q and s[q].isdigit():
                wd = s[q]
                used = q + 1
        for part in (y, w, wd):
            if not (part.isdigit() and part.isascii()):
                raise ValueError
        yy, mm, dd = _from_iso_calendar(int(y), int(w), int(wd))
        return yy, mm, dd, used
    for part in (y, m, d):
        if not (part.isdigit() and part.isascii()):
            raise ValueError
    return int(y), int(m), int(d), used


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            first = (_ymd_to_ordinal(year, 1, 1) + 6) % 7
            if first == 3 or (first == 2 and _is_leap(year)):
                ok = True
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ordinal_to_ymd(ordinal)


class date:
    """A calendar date (proleptic Gregorian): year, month, day."""

    def __init__(self, year, month=None, day=None):
        if month is None or day is None:
            raise TypeError("function missing required argument '%s' (pos %d)"
                            % (("month", 2) if month is None else ("day", 3)))
        self._year, self._month, self._day = _check_date_fields(year, month, day)

    @classmethod
    def _make(cls, year, month, day):
        return cls(year, month, day)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        if isinstance(t, float) and t == t and abs(t) != float("inf"):
            t = _math.floor(t)      # dates round the timestamp down
        y, m, d, _, _, _, _ = _local_fields(t)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ordinal_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if not date_string.isascii():
                raise ValueError
            y, m, d, used = _parse_iso_date(date_string)
            if used != len(date_string):
                raise ValueError
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % date_string) from None
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_qualname(self, date, "date"), self._year, self._month,
                                   self._day)

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y")

    def strftime(self, format):
        return _strftime(format, self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # Comparisons: a date never equals a datetime, and ordering them is a TypeError.
    def _cmpkey(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _cmp((self._year, self._month, self._day),
                        (other._year, other._month, other._day))
        return None

    def __eq__(self, other):
        if isinstance(other, datetime):
            return False
        c = self._cmpkey(other)
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        c = self._cmpkey(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._cmpkey(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._cmpkey(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._cmpkey(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            return type(self)(*_ordinal_to_ymd(n))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ------------------------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zone information."""

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot "
                                 "convert")
        return dt + dst


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r."
                             % offset)
        self._offset = offset
        self._name = name

    def __new__(cls, offset=None, name=None):
        # timezone(timedelta(0)) is the `timezone.utc` singleton, as in CPython.
        if (name is None and cls is timezone and isinstance(offset, timedelta)
                and not offset and _UTC_SINGLETON):
            return _UTC_SINGLETON[0]
        return object.__new__(cls)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, "
                        "not %s" % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def tzname(self, dt):
        if not (isinstance(dt, datetime) or dt is None):
            raise TypeError("tzname(dt) argument must be a datetime instance or None, "
                            "not %s" % type(dt).__name__)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is _UTC_SINGLETON[0]:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % self._offset
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __reduce__(self):
        if self._name is None:
            return (type(self), (self._offset,))
        return (type(self), (self._offset, self._name))


_UTC_SINGLETON = []
_UTC_SINGLETON.append(timezone(timedelta(0)))
timezone.utc = _UTC_SINGLETON[0]
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# --------------------------------------------------------------------------------- time

def _parse_iso_time(s):
    # HH[:MM[:SS[.fff[fff]]]] (or without colons) then an optional offset or "Z".
    # Returns (hour, minute, second, us, tzinfo-or-None).
    tz = None
    cut = len(s)
    for i in range(len(s)):
        if s[i] in "+-Z":
            cut = i
            break
    body, tail = s[:cut], s[cut:]
    if tail:
        if tail == "Z":
            tz = timezone.utc
        else:
            sign = -1 if tail[0] == "-" else 1
            h, mi, se, us, extra = _parse_iso_time(tail[1:])
            if extra is not None:
                raise ValueError
            off = timedelta(hours=h, minutes=mi, seconds=se, microseconds=us)
            tz = timezone.utc if not off else timezone(sign * off)
    fields = [0, 0, 0]
    pos = 0
    colon = None
    for k in range(3):
        if len(body) - pos < 2 or not body[pos:pos + 2].isdigit():
            raise ValueError
        fields[k] = int(body[pos:pos + 2])
        pos += 2
        if pos == len(body):
            return fields[0], fields[1], fields[2], 0, tz
        c = body[pos]
        if k == 2:
            break
        if c == ":":
            if colon is False:
                raise ValueError
            colon = True
            pos += 1
        elif c in ".,":
            break
        else:
            if colon is True:
                raise ValueError
            colon = False
    if body[pos] not in ".," or k != 2:
        raise ValueError
    digits = body[pos + 1:]
    if not digits or not digits.isdigit():
        raise ValueError
    us = int((digits[:6] + "000000")[:6])
    return fields[0], fields[1], fields[2], us, tz


class time:
    """A time of day, optionally with a tzinfo."""

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        (self._hour, self._minute, self._second, self._microsecond,
         self._fold) = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string
        if s.startswith("T"):
            s = s[1:]
        try:
            if not s.isascii():
                raise ValueError
            h, m, sec, us, tz = _parse_iso_time(s)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % time_string) from None
        return cls(h, m, sec, us, tz)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def isoformat(self, timespec="auto"):
        return (_format_time(self._hour, self._minute, self._second, self._microsecond,
                             timespec) + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        s = "%s(%d, %d" % (_qualname(self, time, "time"), self._hour, self._minute)
        if self._microsecond:
            s += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s += ", %d" % self._second
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % self._tzinfo
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def strftime(self, format):
        return _strftime(format, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self, other):
        # (self key, other key), or None when one is naive and the other aware.
        a = (self._hour, self._minute, self._second, self._microsecond)
        b = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is other._tzinfo:
            return a, b
        oa, ob = self.utcoffset(), other.utcoffset()
        if oa == ob:
            return a, b
        if oa is None or ob is None:
            return None
        def shift(t, off):
            return ((t[0] * 60 + t[1]) * 60 + t[2]) * 1000000 + t[3] - off._to_us()
        return shift(a, oa), shift(b, ob)

    def _compare(self, other, op):
        if not isinstance(other, time):
            return NotImplemented
        k = self._key(other)
        if k is None:
            if op == "eq":
                return False
            if op == "ne":
                return True
            raise TypeError("can't compare offset-naive and offset-aware times")
        c = _cmp(k[0], k[1])
        return {"eq": c == 0, "ne": c != 0, "lt": c < 0, "le": c <= 0, "gt": c > 0,
                "ge": c >= 0}[op]

    def __eq__(self, other):
        return self._compare(other, "eq")

    def __ne__(self, other):
        return self._compare(other, "ne")

    def __lt__(self, other):
        return self._compare(other, "lt")

    def __le__(self, other):
        return self._compare(other, "le")

    def __gt__(self, other):
        return self._compare(other, "gt")

    def __ge__(self, other):
        return self._compare(other, "ge")

    def __hash__(self):
        off = self.utcoffset()
        if not off:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        us = (((self._hour * 60 + self._minute) * 60 + self._second) * 1000000
              + self._microsecond - off._to_us())
        return hash(us)

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond,
                             self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ----------------------------------------------------------------------------- datetime

_EPOCH_ORDINAL = 719163    # date(1970, 1, 1).toordinal()


def _split_timestamp(t):
    """(whole seconds, microseconds) of a POSIX timestamp, microseconds rounded half-even."""
    if isinstance(t, float):
        if t != t or t in (float("inf"), float("-inf")):
            raise ValueError("Invalid value %s" % ("NaN" if t != t else "inf"))
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        secs = int(whole)
        if us >= 1000000:
            secs += 1
            us -= 1000000
        elif us < 0:
            secs -= 1
            us += 1000000
    elif isinstance(t, int):
        secs, us = t, 0
    else:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(t).__name__)
    return secs, us


def _utc_fields(t):
    """Broken-down UTC fields (y, m, d, H, M, S, us) for a POSIX timestamp."""
    secs, us = _split_timestamp(t)
    days, rem = divmod(secs, 86400)
    ordinal = _EPOCH_ORDINAL + days
    if not 1 <= ordinal <= _MAX_ORDINAL:
        raise ValueError("year %d is out of range" % (1 if ordinal < 1 else 10000))
    y, m, d = _ordinal_to_ymd(ordinal)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss, us


# Local time comes from the native `time` module when it has `localtime`/`mktime`/
# `strftime` (the C library, honouring TZ); without them local time is UTC.
_HAVE_LOCALTIME = hasattr(_time, "localtime") and hasattr(_time, "mktime")


def _local_fields(t):
    """Broken-down local fields (y, m, d, H, M, S, us) for a POSIX timestamp."""
    if not _HAVE_LOCALTIME:
        return _utc_fields(t)
    secs, us = _split_timestamp(t)
    _utc_fields(secs)      # the same range check as for UTC
    lt = _time.localtime(secs)
    return lt[0], lt[1], lt[2], lt[3], lt[4], min(lt[5], 59), us


def _local_timezone(secs):
    """The fixed-offset timezone that local time has at `secs` since the epoch."""
    if not _HAVE_LOCALTIME:
        return timezone(timedelta(0), "UTC")
    lt = _time.localtime(secs)
    wall = _ymd_to_ordinal(lt[0], lt[1], lt[2]) - _EPOCH_ORDINAL
    wall = ((wall * 24 + lt[3]) * 60 + lt[4]) * 60 + lt[5]
    name = _time.strftime("%Z", lt) if hasattr(_time, "strftime") else "UTC"
    return timezone(timedelta(seconds=wall - secs), name)


def _naive_local_timestamp(dt):
    """Seconds since the epoch (int) of a naive datetime taken as local time."""
    if not _HAVE_LOCALTIME:
        return dt._us_since_epoch() // 1000000
    return int(_time.mktime((dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second,
                             -1, -1, -1)))


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    def __init__(self, year, month=None, day=None, hour=0, minute=0, second=0,
                 microsecond=0, tzinfo=None, *, fold=0):
        date.__init__(self, year, month, day)
        (self._hour, self._minute, self._second, self._microsecond,
         self._fold) = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._tzinfo = tzinfo

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # ---- constructors

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls(*_local_fields(t))
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        return tz.fromutc(cls(y, m, d, hh, mm, ss, us, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls(*_utc_fields(t))

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        time_fields = (0, 0, 0, 0, None)
        try:
            if not s.isascii():
                raise ValueError
            y, m, d, used = _parse_iso_date(s)
            if used != len(s):
                # Any single character separates the date from the time.
                rest = s[used + 1:]
                if not rest:
                    raise ValueError
                time_fields = _parse_iso_time(rest)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % date_string) from None
        return cls(y, m, d, *time_fields)

    @classmethod
    def strptime(cls, date_string, format):
        return cls(*_strptime(date_string, format))

    # ---- accessors

    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_utc_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute,
                            self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self if off is None else self - off
        return _struct_time(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second,
                            0)

    # ---- conversions

    def _us_since_epoch(self):
        # Microseconds since 1970-01-01 00:00 of the wall-clock fields.
        days = self.toordinal() - _EPOCH_ORDINAL
        return (((days * 24 + self._hour) * 60 + self._minute) * 60
                + self._second) * 1000000 + self._microsecond

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            return _naive_local_timestamp(self) + self._microsecond / 10 ** 6
        return (self._us_since_epoch() - off._to_us()) / 10 ** 6

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be an instance of tzinfo")
        off = self.utcoffset()
        if off is None:
            # A naive datetime is local time.
            secs = _naive_local_timestamp(self)
            utc = datetime(*_utc_fields(secs)).replace(microsecond=self._microsecond)
        else:
            if self._tzinfo is tz:
                return self
            utc = (self - off).replace(tzinfo=None)
        if tz is None:
            tz = _local_timezone(utc._us_since_epoch() // 1000000)
        return tz.fromutc(utc.replace(tzinfo=tz))

    def ctime(self):
        return _strftime("%a %b %e %H:%M:%S %Y", self._year, self._month, self._day,
                         self._hour, self._minute, self._second, 0, None, None)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second, self._microsecond,
                               timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        s = "%s(%d, %d, %d, %d, %d" % (_qualname(self, datetime, "datetime"), self._year,
                                       self._month, self._day, self._hour, self._minute)
        if self._microsecond:
            s += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s += ", %d" % self._second
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % self._tzinfo
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def strftime(self, format):
        return _strftime(format, self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond, self._tzinfo, self)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    # ---- comparisons

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == "eq":
                    return False
                if op == "ne":
                    return True
                raise TypeError("can't compare %s to %s" % (
                    _qualname(self, datetime, "datetime"),
                    _qualname(other, date, "date")))
            return NotImplemented
        a = self._us_since_epoch()
        b = other._us_since_epoch()
        if self._tzinfo is not other._tzinfo:
            oa, ob = self.utcoffset(), other.utcoffset()
            if (oa is None) != (ob is None):
                if op == "eq":
                    return False
                if op == "ne":
                    return True
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if oa is not None:
                a -= oa._to_us()
                b -= ob._to_us()
        c = _cmp(a, b)
        return {"eq": c == 0, "ne": c != 0, "lt": c < 0, "le": c <= 0, "gt": c > 0,
                "ge": c >= 0}[op]

    def __eq__(self, other):
        return self._compare(other, "eq")

    def __ne__(self, other):
        return self._compare(other, "ne")

    def __lt__(self, other):
        return self._compare(other, "lt")

    def __le__(self, other):
        return self._compare(other, "le")

    def __gt__(self, other):
        return self._compare(other, "gt")

    def __ge__(self, other):
        return self._compare(other, "ge")

    def __hash__(self):
        us = self._us_since_epoch()
        off = self.utcoffset()
        if off is not None:
            us -= off._to_us()
        return hash(us)

    # ---- arithmetic

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._us_since_epoch() + other._to_us()
        secs, us = divmod(total, 1000000)
        days, rem = divmod(secs, 86400)
        ordinal = _EPOCH_ORDINAL + days
        if not 1 <= ordinal <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ordinal_to_ymd(ordinal)
        hh, rem = divmod(rem, 3600)
        mm, ss = divmod(rem, 60)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + (-other)
        if not isinstance(other, datetime):
            return NotImplemented
        a = self._us_since_epoch()
        b = other._us_since_epoch()
        if self._tzinfo is not other._tzinfo:
            oa, ob = self.utcoffset(), other.utcoffset()
            if (oa is None) != (ob is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if oa is not None:
                a -= oa._to_us()
                b -= ob._to_us()
        return timedelta._from_us(a - b)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ----------------------------------------------------------------------------- strptime

_STRPTIME_PATTERNS = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "A": "(?P<A>" + "|".join(_DAY_NAMES) + ")",
    "a": "(?P<a>" + "|".join(n[:3] for n in _DAY_NAMES) + ")",
    "B": "(?P<B>" + "|".join(_MONTH_NAMES) + ")",
    "b": "(?P<b>" + "|".join(n[:3] for n in _MONTH_NAMES) + ")",
    "p": "(?P<p>am|pm)",
    "Z": "(?P<Z>utc|gmt)",
    "%": "%",
}
_STRPTIME_PATTERNS["W"] = _STRPTIME_PATTERNS["U"].replace("U", "W")


def _strptime_regex(fmt):
    out = []
    seen = set()
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%":
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            if d not in _STRPTIME_PATTERNS:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            pat = _STRPTIME_PATTERNS[d]
            if d in seen and d != "%":
                # A repeated directive must match the same text again.
                pat = "(?P=%s)" % d
            seen.add(d)
            out.append(pat)
            i += 2
        elif ch.isspace():
            out.append(r"\s+")
            while i < len(fmt) and fmt[i].isspace():
                i += 1
        else:
            out.append(_re.escape(ch))
            i += 1
    return "".join(out)


def _strptime(data, fmt):
    for arg, what in ((data, "1"), (fmt, "2")):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %s must be str, not %s"
                            % (what, type(arg).__name__))
    regex = _re.compile(_strptime_regex(fmt), _re.IGNORECASE)
    found = regex.match(data)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if len(data) != found.end():
        raise ValueError("unconverted data remains: %s" % data[found.end():])
    g = found.groupdict()
    year = None
    month = day = 1
    hour = minute = second = us = 0
    tz = None
    julian = None
    weekday = None
    week_of_year = None
    week_start = None
    iso_year = iso_week = None
    if g.get("y") is not None:
        year = int(g["y"])
        year += 2000 if year <= 68 else 1900
    if g.get("Y") is not None:
        year = int(g["Y"])
    if g.get("G") is not None:
        iso_year = int(g["G"])
    if g.get("m") is not None:
        month = int(g["m"])
    for key in ("B", "b"):
        if g.get(key) is not None:
            names = [n.lower() if key == "B" else n[:3].lower() for n in _MONTH_NAMES]
            month = names.index(g[key].lower()) + 1
    if g.get("d") is not None:
        day = int(g["d"])
    if g.get("H") is not None:
        hour = int(g["H"])
    if g.get("I") is not None:
        hour = int(g["I"])
        ampm = (g.get("p") or "").lower()
        if ampm == "pm":
            hour = hour % 12 + 12
        else:
            hour = hour % 12
    if g.get("M") is not None:
        minute = int(g["M"])
    if g.get("S") is not None:
        second = int(g["S"])
    if g.get("f") is not None:
        us = int((g["f"] + "000000")[:6])
    for key in ("A", "a"):
        if g.get(key) is not None:
            names = [n.lower() if key == "A" else n[:3].lower() for n in _DAY_NAMES]
            weekday = names.index(g[key].lower())
    if g.get("w") is not None:
        weekday = (int(g["w"]) - 1) % 7
    if g.get("u") is not None:
        weekday = int(g["u"]) - 1
    if g.get("j") is not None:
        julian = int(g["j"])
    if g.get("U") is not None:
        week_of_year, week_start = int(g["U"]), 6
    if g.get("W") is not None:
        week_of_year, week_start = int(g["W"]), 0
    if g.get("V") is not None:
        iso_week = int(g["V"])
    if g.get("z") is not None:
        z = g["z"]
        if z in ("Z", "z"):
            tz = timezone.utc
        else:
            if len(z) > 3 and z[3] == ":":
                if len(z) > 6 and z[6] != ":":
                    raise ValueError("Inconsistent use of : in %s" % z)
                z = z.replace(":", "")
            sign = -1 if z[0] == "-" else 1
            off = timedelta(hours=int(z[1:3]), minutes=int(z[3:5]),
                            seconds=int(z[5:7] or 0),
                            microseconds=int((z[8:] + "000000")[:6]) if len(z) > 8 else 0)
            tz = timezone(sign * off)
    if iso_year is not None or iso_week is not None:
        if iso_year is None or iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        year, month, day = _from_iso_calendar(iso_year, iso_week, weekday + 1)
        julian = None
    if year is None:
        year = 1900
    if julian is None and weekday is not None and week_of_year is not None:
        first = (_ymd_to_ordinal(year, 1, 1) + 6) % 7     # Monday == 0
        if week_start == 0:
            offset = (7 - first) % 7
            if week_of_year == 0:
                julian = 1 + weekday - first
            else:
                julian = offset + 1 + (week_of_year - 1) * 7 + weekday
        else:
            first_sun = (6 - first) % 7
            wd = (weekday + 1) % 7
            if week_of_year == 0:
                julian = 1 + wd - (first + 1) % 7
            else:
                julian = first_sun + 1 + (week_of_year - 1) * 7 + wd
        if julian < 1:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        year, month, day = _ordinal_to_ymd(_ymd_to_ordinal(year, 1, 1) + julian - 1)
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day, hour, minute, second, us, tz
