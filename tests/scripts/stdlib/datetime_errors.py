# datetime: error messages, custom tzinfo subclasses, fromisoformat edge cases,
# strptime directives (%z, %p, %U/%W, %G/%V) and rounding.
from datetime import timedelta, date, time, datetime, timezone, tzinfo
import datetime as dtmod
def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class EST(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return "EST"
    def __repr__(self): return "EST()"
e = EST()
x = datetime(2024, 6, 1, 12, tzinfo=e)
print(repr(x), x, x.utcoffset(), x.tzname(), x.astimezone(timezone.utc), x.timestamp())  # expect: datetime.datetime(2024, 6, 1, 12, 0, tzinfo=EST()) 2024-06-01 12:00:00-05:00 -1 day, 19:00:00 EST 2024-06-01 17:00:00+00:00 1717261200.0
print(x.strftime("%z|%Z"), timezone.utc.fromutc(datetime(2024,1,1,tzinfo=timezone.utc)))  # expect: -0500|EST 2024-01-01 00:00:00+00:00
print(datetime(2024,1,1,tzinfo=timezone.utc).astimezone(e))  # expect: 2023-12-31 19:00:00-05:00
err(lambda: datetime(2024,1,1,tzinfo=timezone.utc) == datetime(2024,1,1))  # expect: ok False
err(lambda: time(25))  # expect: ValueError hour must be in 0..23
err(lambda: time(1, 60))  # expect: ValueError minute must be in 0..59
err(lambda: time(1, 1, 60))  # expect: ValueError second must be in 0..59
err(lambda: time(1, 1, 1, 10**6))  # expect: ValueError microsecond must be in 0..999999
err(lambda: datetime(2024, 1, 1, tzinfo=5))  # expect: TypeError tzinfo argument must be None or of a tzinfo subclass, not type 'int'
err(lambda: timezone(timedelta(hours=24)))  # expect: ValueError offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not datetime.timedelta(days=1).
err(lambda: timezone(5))  # expect: TypeError timezone() argument 1 must be datetime.timedelta, not int
err(lambda: date.fromisoformat("2024-1-01"))  # expect: ValueError Invalid isoformat string: '2024-1-01'
err(lambda: date.fromisoformat("2024-01-01T00"))  # expect: ValueError Invalid isoformat string: '2024-01-01T00'
err(lambda: datetime.fromisoformat("2024-01-01T25:00"))  # expect: ValueError hour must be in 0..23
err(lambda: datetime.fromisoformat("2024-01-01T12"))  # expect: ok datetime.datetime(2024, 1, 1, 12, 0)
err(lambda: datetime.fromisoformat("2024-01-01T12:30"))  # expect: ok datetime.datetime(2024, 1, 1, 12, 30)
err(lambda: datetime.fromisoformat("2024-01-01T1230"))  # expect: ok datetime.datetime(2024, 1, 1, 12, 30)
err(lambda: datetime.fromisoformat("2024-01-01T12:30:45,5-0330"))  # expect: ok datetime.datetime(2024, 1, 1, 12, 30, 45, 500000, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=73800)))
err(lambda: datetime.fromisoformat("2024-01-01T24:00"))  # expect: ValueError hour must be in 0..23
err(lambda: datetime.fromisoformat("garbage"))  # expect: ValueError Invalid isoformat string: 'garbage'
err(lambda: datetime.fromisoformat(5))  # expect: TypeError fromisoformat: argument must be str
err(lambda: time.fromisoformat("12:3"))  # expect: ValueError Invalid isoformat string: '12:3'
err(lambda: datetime(2024,1,1).isoformat(timespec="bogus"))  # expect: ValueError Unknown timespec value
err(lambda: timedelta(1) / 0)  # expect: ZeroDivisionError integer division or modulo by zero
err(lambda: timedelta(1) // timedelta(0))  # expect: ZeroDivisionError integer division or modulo by zero
err(lambda: timedelta("1"))  # expect: TypeError unsupported type for timedelta days component: str
err(lambda: date(2024,1,1) < datetime(2024,1,1))  # expect: TypeError can't compare datetime.datetime to datetime.date
err(lambda: datetime(2024,1,1) < date(2024,1,1))  # expect: TypeError can't compare datetime.datetime to datetime.date
err(lambda: date.max + timedelta(1))  # expect: OverflowError date value out of range
err(lambda: datetime.min - timedelta(1))  # expect: OverflowError date value out of range
err(lambda: date.fromordinal(0))  # expect: ValueError ordinal must be >= 1
err(lambda: date.fromisocalendar(2021, 53, 1))  # expect: ValueError Invalid week: 53
err(lambda: date.fromisocalendar(2020, 53, 1))  # expect: ok datetime.date(2020, 12, 28)
err(lambda: date.fromisocalendar(2020, 1, 8))  # expect: ValueError Invalid day: 8 (range is [1, 7])
err(lambda: datetime.strptime("2024-02-30", "%Y-%m-%d"))  # expect: ValueError day is out of range for month
err(lambda: datetime.strptime("02-29", "%m-%d"))  # expect: ValueError day is out of range for month
err(lambda: datetime.strptime(" 5 jan 2024", " %d %b %Y"))  # expect: ok datetime.datetime(2024, 1, 5, 0, 0)
err(lambda: datetime.strptime("2024-01-01T10:00:00Z", "%Y-%m-%dT%H:%M:%S%z"))  # expect: ok datetime.datetime(2024, 1, 1, 10, 0, tzinfo=datetime.timezone.utc)
err(lambda: datetime.strptime("2024-01-01 10:00:00 -05:30", "%Y-%m-%d %H:%M:%S %z"))  # expect: ok datetime.datetime(2024, 1, 1, 10, 0, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=66600)))
err(lambda: datetime.strptime("12 AM", "%I %p"))  # expect: ok datetime.datetime(1900, 1, 1, 0, 0)
err(lambda: datetime.strptime("12 PM", "%I %p"))  # expect: ok datetime.datetime(1900, 1, 1, 12, 0)
err(lambda: datetime.strptime("2024 UTC", "%Y %Z"))  # expect: ok datetime.datetime(2024, 1, 1, 0, 0)
err(lambda: datetime.strptime("2024 3 1", "%Y %W %w"))  # expect: ok datetime.datetime(2024, 1, 15, 0, 0)
err(lambda: datetime.strptime("2024 0 0", "%Y %U %w"))  # expect: ok datetime.datetime(2023, 12, 31, 0, 0)
err(lambda: datetime.strptime("2024 10 3", "%G %V %u"))  # expect: ok datetime.datetime(2024, 3, 6, 0, 0)
err(lambda: datetime.strptime("2024", "%Y%"))  # expect: ValueError stray % in format '%Y%'
err(lambda: datetime.strptime(5, "%Y"))  # expect: TypeError strptime() argument 1 must be str, not int
err(lambda: datetime.strptime("100", "%f"))  # expect: ok datetime.datetime(1900, 1, 1, 0, 0, 0, 100000)
err(lambda: timedelta(days=1, hours=-1) * 2.5)  # expect: ok datetime.timedelta(days=2, seconds=34200)
err(lambda: timedelta(seconds=1) / 3)  # expect: ok datetime.timedelta(microseconds=333333)
err(lambda: timedelta(seconds=1) / 3.0)  # expect: ok datetime.timedelta(microseconds=333333)
err(lambda: timedelta(seconds=1) * -0.5)  # expect: ok datetime.timedelta(days=-1, seconds=86399, microseconds=500000)
err(lambda: -timedelta(microseconds=1))  # expect: ok datetime.timedelta(days=-1, seconds=86399, microseconds=999999)
err(lambda: str(-timedelta(microseconds=1)))  # expect: ok '-1 day, 23:59:59.999999'
err(lambda: str(timedelta(days=5, microseconds=1)))  # expect: ok '5 days, 0:00:00.000001'
err(lambda: str(timedelta(days=-5)))  # expect: ok '-5 days, 0:00:00'
err(lambda: timedelta(hours=1) == 3600)  # expect: ok False
err(lambda: timedelta(seconds=7) % timedelta(seconds=-2))  # expect: ok datetime.timedelta(days=-1, seconds=86399)
err(lambda: time(12, tzinfo=timezone.utc) == time(12))  # expect: ok False
err(lambda: time(12, tzinfo=timezone.utc) < time(12))  # expect: TypeError can't compare offset-naive and offset-aware times
err(lambda: time(12, tzinfo=timezone(timedelta(hours=1))) == time(11, tzinfo=timezone.utc))  # expect: ok True
err(lambda: time(0).isoformat(timespec="microseconds"))  # expect: ok '00:00:00.000000'
err(lambda: time(0, 0, 0, 1500).isoformat(timespec="milliseconds"))  # expect: ok '00:00:00.001'
err(lambda: datetime(2024,1,1,fold=1))  # expect: ok datetime.datetime(2024, 1, 1, 0, 0, fold=1)
err(lambda: datetime(2024,1,1).replace(fold=2))  # expect: ValueError fold must be either 0 or 1
err(lambda: datetime(2024, 5, 17, 13, 45).ctime())  # expect: ok 'Fri May 17 13:45:00 2024'
err(lambda: date(5, 1, 1).strftime("%Y %C"))  # expect: ok '5 0'
err(lambda: datetime(2024, 1, 1, 0).strftime("%I %p %H"))  # expect: ok '12 AM 00'
err(lambda: datetime(2024, 1, 1, 23).strftime("%I %p"))  # expect: ok '11 PM'
err(lambda: datetime(2024, 1, 1).strftime(5))  # expect: TypeError strftime() argument 1 must be str, not int
err(lambda: timezone(timedelta(hours=1, seconds=30)).tzname(None))  # expect: ok 'UTC+01:00:30'
err(lambda: timezone(-timedelta(hours=1, microseconds=30)).tzname(None))  # expect: ok 'UTC-01:00:00.000030'
err(lambda: str(datetime(2024,1,1,tzinfo=timezone(-timedelta(hours=1, seconds=3)))))  # expect: ok '2024-01-01 00:00:00-01:00:03'
err(lambda: timezone(timedelta(hours=2)) == timezone(timedelta(hours=2), "X"))  # expect: ok True
err(lambda: datetime.combine(date(2024,1,1), time(1, tzinfo=timezone.utc)))  # expect: ok datetime.datetime(2024, 1, 1, 1, 0, tzinfo=datetime.timezone.utc)
err(lambda: datetime.combine(date(2024,1,1), time(1), tzinfo=timezone.utc))  # expect: ok datetime.datetime(2024, 1, 1, 1, 0, tzinfo=datetime.timezone.utc)
err(lambda: datetime(2024,1,1,12).time())  # expect: ok datetime.time(12, 0)
err(lambda: datetime(2024,1,1,12,tzinfo=timezone.utc).timetz())  # expect: ok datetime.time(12, 0, tzinfo=datetime.timezone.utc)
err(lambda: datetime(2024,1,1,12).date())  # expect: ok datetime.date(2024, 1, 1)
err(lambda: isinstance(datetime(2024,1,1), date))  # expect: ok True
err(lambda: dtmod.UTC)  # expect: ok datetime.timezone.utc
err(lambda: datetime.fromtimestamp(-1.5, timezone.utc))  # expect: ok datetime.datetime(1969, 12, 31, 23, 59, 58, 500000, tzinfo=datetime.timezone.utc)
err(lambda: datetime.fromtimestamp(1.0000005, timezone.utc))  # expect: ok datetime.datetime(1970, 1, 1, 0, 0, 1, 1, tzinfo=datetime.timezone.utc)
err(lambda: datetime.utcfromtimestamp(-86400 * 366))  # expect: ok datetime.datetime(1968, 12, 31, 0, 0)
err(lambda: (datetime(2024,1,1,tzinfo=timezone.utc) - datetime(2023,1,1,tzinfo=e)))  # expect: ok datetime.timedelta(days=364, seconds=68400)
err(lambda: datetime(2024,3,1) - datetime(2024,2,1))  # expect: ok datetime.timedelta(days=29)
err(lambda: date(2024,1,1).replace(month=2, day=30))  # expect: ValueError day is out of range for month
err(lambda: date(2024, 1, 1) != date(2024, 1, 2))  # expect: ok True
err(lambda: max(date(2024,1,1), date(2020,1,1)))  # expect: ok datetime.date(2024, 1, 1)
err(lambda: timedelta(days=1).days)  # expect: ok 1
err(lambda: timedelta(-1, -1, -1))  # expect: ok datetime.timedelta(days=-2, seconds=86398, microseconds=999999)
err(lambda: divmod(timedelta(hours=-5), timedelta(hours=2)))  # expect: ok (-3, datetime.timedelta(seconds=3600))
err(lambda: sum([timedelta(1), timedelta(2)], timedelta()))  # expect: ok datetime.timedelta(days=3)
err(lambda: time(1, 2, 3, 4, timezone.utc, fold=1))  # expect: ok datetime.time(1, 2, 3, 4, tzinfo=datetime.timezone.utc, fold=1)
err(lambda: datetime(2000, 1, 1).isocalendar())  # expect: ok datetime.IsoCalendarDate(year=1999, week=52, weekday=6)
err(lambda: datetime(2024, 12, 30).strftime("%G-W%V-%u"))  # expect: ok '2025-W01-1'
err(lambda: dtmod.datetime.now().year > 2000)  # expect: ok True
err(lambda: type(date.today()).__name__)  # expect: ok 'date'
err(lambda: type(datetime.utcnow()).__name__)  # expect: ok 'datetime'
err(lambda: datetime.now(timezone.utc).tzinfo)  # expect: ok datetime.timezone.utc
