# time: struct_time, gmtime, localtime/mktime round trips, asctime, ctime, strftime with a
# time tuple, their argument checks; datetime's timetuple and local-time conversions
# (checked against each other, so the output does not depend on TZ).
import time
from datetime import date, datetime, timedelta, timezone


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


g = time.gmtime(1700000000)
print(g)  # expect: time.struct_time(tm_year=2023, tm_mon=11, tm_mday=14, tm_hour=22, tm_min=13, tm_sec=20, tm_wday=1, tm_yday=318, tm_isdst=0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)  # expect: 2023 11 14 22 13 20 1 318 0
print(tuple(g), len(g), g[0], g[-1], isinstance(g, tuple), type(g).__name__)  # expect: (2023, 11, 14, 22, 13, 20, 1, 318, 0) 9 2023 0 True struct_time
print(time.gmtime(0), time.gmtime(-1.5)[:6], time.gmtime(951782400)[:3], time.gmtime(4107542400)[:8])  # expect: time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0) (1969, 12, 31, 23, 59, 58) (2000, 2, 29) (2100, 3, 1, 0, 0, 0, 0, 60)
print(time.asctime(g), time.asctime(time.gmtime(0)), time.asctime((2024, 1, 1, 0, 0, 0, 0, 1, 0)))  # expect: Tue Nov 14 22:13:20 2023 Thu Jan  1 00:00:00 1970 Mon Jan  1 00:00:00 2024
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %w %U %W %%", g))  # expect: 2023-11-14 22:13:20 Tue Tuesday Nov November 318 PM 10 23 2 46 46 %
print(time.strftime("%Y-%m-%dT%H:%M:%S", (2024, 2, 29, 23, 59, 60, 3, 60, 0)))  # expect: 2024-02-29T23:59:60
print(repr(time.strftime("", g)), repr(time.strftime("%Y", (2024, 0, 0, 0, 0, 0, 0, 0, 0))))  # expect: '' '2024'
st = time.struct_time((2020, 5, 17, 1, 2, 3, 6, 138, -1))
print(st, st.tm_yday)  # expect: time.struct_time(tm_year=2020, tm_mon=5, tm_mday=17, tm_hour=1, tm_min=2, tm_sec=3, tm_wday=6, tm_yday=138, tm_isdst=-1) 138
for t in (0, 86399, 1700000000, 951782400):
    lt = time.localtime(t)
    print(time.mktime(lt) == t, datetime.fromtimestamp(t) == datetime(*lt[:6]),  # expect: True True True float
    # expect: True True True float
    # expect: True True True float
    # expect: True True True float
          time.ctime(t) == time.asctime(lt), type(time.mktime(lt)).__name__)
print(type(time.localtime()).__name__, len(time.localtime()), type(time.ctime()).__name__)  # expect: struct_time 9 str
d = datetime(2024, 7, 4, 12, 30, 15, 250000)
print(d.timetuple())  # expect: time.struct_time(tm_year=2024, tm_mon=7, tm_mday=4, tm_hour=12, tm_min=30, tm_sec=15, tm_wday=3, tm_yday=186, tm_isdst=-1)
print(date(2024, 12, 31).timetuple())  # expect: time.struct_time(tm_year=2024, tm_mon=12, tm_mday=31, tm_hour=0, tm_min=0, tm_sec=0, tm_wday=1, tm_yday=366, tm_isdst=-1)
print(d.replace(tzinfo=timezone.utc).timetuple().tm_isdst, d.utctimetuple())  # expect: -1 time.struct_time(tm_year=2024, tm_mon=7, tm_mday=4, tm_hour=12, tm_min=30, tm_sec=15, tm_wday=3, tm_yday=186, tm_isdst=0)
print(datetime(2024, 1, 1, 1, tzinfo=timezone(timedelta(hours=5))).utctimetuple()[:6])  # expect: (2023, 12, 31, 20, 0, 0)
print(d.timestamp() == time.mktime(d.timetuple()) + 0.25)  # expect: True
local = d.astimezone()
print(local.replace(tzinfo=None) == d, local.timestamp() == d.timestamp(),  # expect: True True True
      local.utcoffset() == datetime.fromtimestamp(d.timestamp()) - datetime.utcfromtimestamp(d.timestamp()))
show(lambda: time.gmtime("x"))  # expect: TypeError: 'str' object cannot be interpreted as an integer
show(lambda: time.gmtime(float("nan")))  # expect: ValueError: Invalid value NaN (not a number)
show(lambda: time.mktime((1, 2)))  # expect: TypeError: mktime(): illegal time tuple argument
show(lambda: time.mktime([1] * 9))  # expect: TypeError: Tuple or struct_time argument required
show(lambda: time.strftime("%Y", (1, 2)))  # expect: TypeError: strftime(): illegal time tuple argument
show(lambda: time.asctime((1, 2)))  # expect: TypeError: asctime(): illegal time tuple argument
show(lambda: time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)))  # expect: ValueError: month out of range
show(lambda: time.strftime("%Y", (2024, 1, 32, 0, 0, 0, 0, 1, 0)))  # expect: ValueError: day of month out of range
show(lambda: time.strftime("%Y", (2024, 1, 1, 24, 0, 0, 0, 1, 0)))  # expect: ValueError: hour out of range
show(lambda: time.strftime("%Y", (2024, 1, 1, 0, 60, 0, 0, 1, 0)))  # expect: ValueError: minute out of range
show(lambda: time.strftime("%Y", (2024, 1, 1, 0, 0, 62, 0, 1, 0)))  # expect: ValueError: seconds out of range
show(lambda: time.strftime("%Y", (2024, 1, 1, 0, 0, 0, -2, 1, 0)))  # expect: ValueError: day of week out of range
show(lambda: time.strftime("%Y", (2024, 1, 1, 0, 0, 0, -1, 1, 0)))  # expect: '2024'
show(lambda: time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 367, 0)))  # expect: ValueError: day of year out of range
show(lambda: time.strftime("a\0b"))  # expect: ValueError: embedded null character
show(lambda: time.strftime(5))  # expect: TypeError: strftime() argument 1 must be str, not int
