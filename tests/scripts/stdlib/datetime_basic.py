# datetime: timedelta normalisation/arithmetic/str/repr, date, time, datetime, timezone,
# isoformat/fromisoformat, strftime/strptime and the naive/aware rules.
import datetime
from datetime import timedelta, date, time, datetime as DT, timezone
print(repr(DT(2024, 1, 2, 3, 4, 5)))  # expect: datetime.datetime(2024, 1, 2, 3, 4, 5)
print(str(timedelta(days=-1, seconds=5)))  # expect: -1 day, 0:00:05
for td in [timedelta(), timedelta(1), timedelta(-1), timedelta(days=2, hours=3, microseconds=7),
           timedelta(seconds=-1), timedelta(weeks=1, minutes=1.5), timedelta(milliseconds=1.25),
           timedelta(days=0.1), timedelta(hours=-25.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5)]:
    print(repr(td), str(td), td.total_seconds())  # expect: datetime.timedelta(0) 0:00:00 0.0
    # expect: datetime.timedelta(days=1) 1 day, 0:00:00 86400.0
    # expect: datetime.timedelta(days=-1) -1 day, 0:00:00 -86400.0
    # expect: datetime.timedelta(days=2, seconds=10800, microseconds=7) 2 days, 3:00:00.000007 183600.000007
    # expect: datetime.timedelta(days=-1, seconds=86399) -1 day, 23:59:59 -1.0
    # expect: datetime.timedelta(days=7, seconds=90) 7 days, 0:01:30 604890.0
    # expect: datetime.timedelta(microseconds=1250) 0:00:00.001250 0.00125
    # expect: datetime.timedelta(seconds=8640) 2:24:00 8640.0
    # expect: datetime.timedelta(days=-2, seconds=81000) -2 days, 22:30:00 -91800.0
    # expect: datetime.timedelta(0) 0:00:00 0.0
    # expect: datetime.timedelta(microseconds=2) 0:00:00.000002 2e-06
a = timedelta(hours=5); b = timedelta(minutes=7)
print(a + b, a - b, -a, abs(-a), a * 3, 3 * a, a * 0.3, a / 7, a / b, a // b, a % b, divmod(a, b), a / 0.5, a // 7)  # expect: 5:07:00 4:53:00 -1 day, 19:00:00 5:00:00 15:00:00 15:00:00 1:30:00 0:42:51.428571 42.857142857142854 42 0:06:00 (42, datetime.timedelta(seconds=360)) 10:00:00 0:42:51.428571
print(a > b, a == timedelta(seconds=18000), hash(a) == hash(timedelta(seconds=18000)), bool(timedelta()))  # expect: True True True False
print(timedelta.max, timedelta.min, timedelta.resolution, repr(timedelta.max))  # expect: 999999999 days, 23:59:59.999999 -999999999 days, 0:00:00 0:00:00.000001 datetime.timedelta(days=999999999, seconds=86399, microseconds=999999)
try:
    timedelta(days=10**9)
except OverflowError as e:
    print("OverflowError", e)  # expect: OverflowError days=1000000000; must have magnitude <= 999999999
d = date(2024, 2, 29)
print(d, repr(d), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), date.fromordinal(d.toordinal()))  # expect: 2024-02-29 datetime.date(2024, 2, 29) 3 4 datetime.IsoCalendarDate(year=2024, week=9, weekday=4) 738945 2024-02-29
print(d.isocalendar().week, d.replace(day=1), d + timedelta(days=366), d - date(2000, 1, 1), d - timedelta(1))  # expect: 9 2024-02-01 2025-03-01 8825 days, 0:00:00 2024-02-28
print(date.fromisoformat("2021-12-31"), date.fromisoformat("20211231"), date.fromisoformat("2021-W01-1"), date.fromisocalendar(2020, 53, 7))  # expect: 2021-12-31 2021-12-31 2021-01-04 2021-01-03
for y in (2019, 2020, 2021, 2026, 2027):
    for m, dd in ((1, 1), (1, 3), (12, 29), (12, 31)):
        print(date(y, m, dd).isocalendar(), end=" ")
print()  # expect: datetime.IsoCalendarDate(year=2019, week=1, weekday=2) datetime.IsoCalendarDate(year=2019, week=1, weekday=4) datetime.IsoCalendarDate(year=2019, week=52, weekday=7) datetime.IsoCalendarDate(year=2020, week=1, weekday=2) datetime.IsoCalendarDate(year=2020, week=1, weekday=3) datetime.IsoCalendarDate(year=2020, week=1, weekday=5) datetime.IsoCalendarDate(year=2020, week=53, weekday=2) datetime.IsoCalendarDate(year=2020, week=53, weekday=4) datetime.IsoCalendarDate(year=2020, week=53, weekday=5) datetime.IsoCalendarDate(year=2020, week=53, weekday=7) datetime.IsoCalendarDate(year=2021, week=52, weekday=3) datetime.IsoCalendarDate(year=2021, week=52, weekday=5) datetime.IsoCalendarDate(year=2026, week=1, weekday=4) datetime.IsoCalendarDate(year=2026, week=1, weekday=6) datetime.IsoCalendarDate(year=2026, week=53, weekday=2) datetime.IsoCalendarDate(year=2026, week=53, weekday=4) datetime.IsoCalendarDate(year=2026, week=53, weekday=5) datetime.IsoCalendarDate(year=2026, week=53, weekday=7) datetime.IsoCalendarDate(year=2027, week=52, weekday=3) datetime.IsoCalendarDate(year=2027, week=52, weekday=5)
print(d.strftime("%Y-%m-%d %j %a %A %b %B %y %U %W %w %u %G %V %% %c %x %X"))  # expect: 2024-02-29 060 Thu Thursday Feb February 24 08 09 4 4 2024 09 % Thu Feb 29 00:00:00 2024 02/29/24 00:00:00
print(d.ctime(), f"{d:%d/%m/%Y}", f"{d}", format(d, ""))  # expect: Thu Feb 29 00:00:00 2024 29/02/2024 2024-02-29 2024-02-29
print(date(2024,1,1) < date(2024,1,2), date(2024,1,1) == DT(2024,1,1), date.min, date.max, date.resolution)  # expect: True False 0001-01-01 9999-12-31 1 day, 0:00:00
for bad in [(2024, 13, 1), (2024, 2, 30), (0, 1, 1), (10000, 1, 1)]:
    try:
        date(*bad)
    except ValueError as e:
        print("ValueError", e)  # expect: ValueError month must be in 1..12
        # expect: ValueError day is out of range for month
        # expect: ValueError year 0 is out of range
        # expect: ValueError year 10000 is out of range
try:
    date(2024.0, 1, 1)
except TypeError as e:
    print("TypeError", e)  # expect: TypeError 'float' object cannot be interpreted as an integer
t = time(12, 30, 15, 500)
print(t, repr(t), repr(time()), repr(time(1, 2, 3)), t.isoformat("milliseconds"), t.isoformat("hours"), t.isoformat("minutes"))  # expect: 12:30:15.000500 datetime.time(12, 30, 15, 500) datetime.time(0, 0) datetime.time(1, 2, 3) 12:30:15.000 12 12:30
print(time.fromisoformat("12:34:56.789"), time.fromisoformat("1234"), repr(time.fromisoformat("12:34+05:30")), t.strftime("%H:%M:%S.%f %p %I"))  # expect: 12:34:56.789000 12:34:00 datetime.time(12, 34, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800))) 12:30:15.000500 PM 12
dt = DT(2024, 3, 10, 14, 5, 9, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="seconds"), dt.date(), dt.time())  # expect: 2024-03-10 14:05:09.123456 datetime.datetime(2024, 3, 10, 14, 5, 9, 123456) 2024-03-10T14:05:09.123456 2024-03-10 14:05:09.123456 2024-03-10T14:05:09 2024-03-10 14:05:09.123456
print(dt.strftime("%Y-%m-%dT%H:%M:%S.%f %j %a %A %b %B %p %y %z %Z %%"))  # expect: 2024-03-10T14:05:09.123456 070 Sun Sunday Mar March PM 24   %
u = dt.replace(tzinfo=timezone.utc)
print(repr(u), u, u.timestamp(), u.strftime("%z %Z"))  # expect: datetime.datetime(2024, 3, 10, 14, 5, 9, 123456, tzinfo=datetime.timezone.utc) 2024-03-10 14:05:09.123456+00:00 1710079509.123456 +0000 UTC
tz = timezone(timedelta(hours=5, minutes=30))
print(repr(tz), str(tz), repr(timezone(timedelta(hours=-3), "BRT")), timezone(timedelta(0)) is timezone.utc, repr(timezone.min), timezone.max)  # expect: datetime.timezone(datetime.timedelta(seconds=19800)) UTC+05:30 datetime.timezone(datetime.timedelta(days=-1, seconds=75600), 'BRT') True datetime.timezone(datetime.timedelta(days=-1, seconds=60)) UTC+23:59
a = u.astimezone(tz)
print(repr(a), a, a == u, a - u, a.utcoffset(), a.tzname(), a.dst())  # expect: datetime.datetime(2024, 3, 10, 19, 35, 9, 123456, tzinfo=datetime.timezone(datetime.timedelta(seconds=19800))) 2024-03-10 19:35:09.123456+05:30 True 0:00:00 5:30:00 UTC+05:30 None
print(DT.fromtimestamp(0, timezone.utc), DT.utcfromtimestamp(1700000000.5), DT.fromtimestamp(1e9, tz))  # expect: 1970-01-01 00:00:00+00:00 2023-11-14 22:13:20.500000 2001-09-09 07:16:40+05:30
print(DT.combine(date(2020, 1, 1), time(5, 6)), DT.fromisoformat("2024-01-02T03:04:05"), repr(DT.fromisoformat("2024-01-02 03:04:05.123+01:00")))  # expect: 2020-01-01 05:06:00 2024-01-02 03:04:05 datetime.datetime(2024, 1, 2, 3, 4, 5, 123000, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
print(repr(DT.fromisoformat("2011-11-04T00:05:23Z")), DT.fromisoformat("2024-01-02"))  # expect: datetime.datetime(2011, 11, 4, 0, 5, 23, tzinfo=datetime.timezone.utc) 2024-01-02 00:00:00
print(DT.strptime("2024-03-10 14:05:09.5", "%Y-%m-%d %H:%M:%S.%f"), repr(DT.strptime("10/Mar/24 2:05PM +0100", "%d/%b/%y %I:%M%p %z")))  # expect: 2024-03-10 14:05:09.500000 datetime.datetime(2024, 3, 10, 14, 5, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
print(DT.strptime("Sunday March 10 2024", "%A %B %d %Y"), DT.strptime("2024 070", "%Y %j"), DT.strptime("12", "%H"))  # expect: 2024-03-10 00:00:00 2024-03-10 00:00:00 1900-01-01 12:00:00
for s, f in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01x", "%Y-%m-%d"), ("x", "%q")]:
    try:
        DT.strptime(s, f)
    except ValueError as e:
        print("ValueError", e)  # expect: ValueError time data '2024-13-01' does not match format '%Y-%m-%d'
        # expect: ValueError unconverted data remains: x
        # expect: ValueError 'q' is a bad directive in format '%q'
n = DT(2024, 1, 1)
try:
    n < u
except TypeError as e:
    print("TypeError", e)  # expect: TypeError can't compare offset-naive and offset-aware datetimes
try:
    n - u
except TypeError as e:
    print("TypeError", e)  # expect: TypeError can't subtract offset-naive and offset-aware datetimes
print(n == u, n + timedelta(hours=25), n - timedelta(microseconds=1), repr(n - DT(2023, 1, 1, 12)))  # expect: False 2024-01-02 01:00:00 2023-12-31 23:59:59.999999 datetime.timedelta(days=364, seconds=43200)
print(DT.min, DT.max, n.weekday(), n.ctime(), hash(n) == hash(DT(2024,1,1)))  # expect: 0001-01-01 00:00:00 9999-12-31 23:59:59.999999 0 Mon Jan  1 00:00:00 2024 True
print(sorted([DT(2024,1,2), DT(2023,5,5), DT(2024,1,1,0,0,1)]))  # expect: [datetime.datetime(2023, 5, 5, 0, 0), datetime.datetime(2024, 1, 1, 0, 0, 1), datetime.datetime(2024, 1, 2, 0, 0)]
print(repr(time(1, tzinfo=timezone.utc)), time(1, tzinfo=tz).utcoffset(), time(1) < time(2))  # expect: datetime.time(1, 0, tzinfo=datetime.timezone.utc) 5:30:00 True
print({date(2024,1,1): 1}[date(2024,1,1)], datetime.MINYEAR, datetime.MAXYEAR)  # expect: 1 1 9999
class MyDate(date):
    pass
md = MyDate(2020, 1, 1)
print(repr(md), type(md + timedelta(1)).__name__, repr(MyDate.fromordinal(5)))  # expect: MyDate(2020, 1, 1) MyDate MyDate(1, 1, 5)
