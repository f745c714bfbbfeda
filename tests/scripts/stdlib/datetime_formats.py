# datetime: float timedelta parts and rounding, arithmetic signs, __format__ in f-strings,
# fromtimestamp with tzinfo, fromisoformat variants, strptime with %a/%Z/%z/%y, extremes.
from datetime import *
class EST(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return "EST"
print(datetime.fromtimestamp(1700000000, EST()), datetime.fromtimestamp(1700000000.123456, timezone(timedelta(hours=9))))  # expect: 2023-11-14 17:13:20-05:00 2023-11-15 07:13:20.123456+09:00
for td in [timedelta(seconds=-0.5), timedelta(hours=1.1), timedelta(days=1e-6), timedelta(minutes=-1.0000001), timedelta(0.5, 0.5, 0.5), timedelta(weeks=-0.3)]:
    print(repr(td), td)  # expect: datetime.timedelta(days=-1, seconds=86399, microseconds=500000) -1 day, 23:59:59.500000
    # expect: datetime.timedelta(seconds=3960) 1:06:00
    # expect: datetime.timedelta(microseconds=86400) 0:00:00.086400
    # expect: datetime.timedelta(days=-1, seconds=86339, microseconds=999994) -1 day, 23:58:59.999994
    # expect: datetime.timedelta(seconds=43200, microseconds=500000) 12:00:00.500000
    # expect: datetime.timedelta(days=-3, seconds=77760) -3 days, 21:36:00
t = timedelta(days=3, seconds=5, microseconds=7)
print(t * 1.7, t * -2.3, t / 3.3, t / -4, t // -4, -t // 3, t % timedelta(hours=-5))  # expect: 5 days, 2:24:08.500012 -7 days, 2:23:48.499984 21:49:06.969699 -1 day, 5:59:58.749998 -1 day, 5:59:58.749998 -2 days, 23:59:58.333331 -1 day, 21:00:05.000007
dt = datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
print(f"{dt:%Y/%m/%d %H.%M %z %Z}", f"{dt}", f"{dt!r}", f"{time(3, 4):%H%M}", f"{timedelta(1)}")  # expect: 2024/05/06 07.08 -0330 UTC-03:30 2024-05-06 07:08:09-03:30 datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=73800))) 0304 1 day, 0:00:00
print(datetime(2024,1,1) - datetime(2024,3,1,12), repr(datetime(2024,1,1) - datetime(2024,3,1,12)))  # expect: -61 days, 12:00:00 datetime.timedelta(days=-61, seconds=43200)
print(datetime.fromisoformat("2024-06-01T10:20:30.1+02:00").isoformat(timespec="milliseconds"))  # expect: 2024-06-01T10:20:30.100+02:00
print(datetime.fromisoformat("20240601T102030"), datetime.fromisoformat("2024-06-01T10:20:30.123456789"))  # expect: 2024-06-01 10:20:30 2024-06-01 10:20:30.123456
print(time.fromisoformat("10:20:30+0130"), time.fromisoformat("T10:20"))  # expect: 10:20:30+01:30 10:20:00
print(date(2024,1,1).__format__(""), datetime(2024,1,1).__format__("%d"), datetime.combine(date(2024,1,1), time(1)) == datetime(2024,1,1,1))  # expect: 2024-01-01 01 True
print({datetime(2024,1,1,tzinfo=timezone.utc), datetime(2024,1,1,1,tzinfo=timezone(timedelta(hours=1)))})  # expect: {datetime.datetime(2024, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)}
print(timezone.utc.utcoffset(None), timezone.utc.dst(None), timezone(timedelta(hours=1), "A") == timezone(timedelta(hours=1)), str(timezone(timedelta(minutes=-90))))  # expect: 0:00:00 None True UTC-01:30
try:
    datetime(2020,2,29).replace(year=2021)
except ValueError as e:
    print(e)  # expect: day is out of range for month
print(datetime.strptime("Tue, 05 Mar 2024 10:00:00 GMT", "%a, %d %b %Y %H:%M:%S %Z"))  # expect: 2024-03-05 10:00:00
print(datetime.strptime("2024-03-05T10:00:00.000+05:30", "%Y-%m-%dT%H:%M:%S.%f%z").utcoffset())  # expect: 5:30:00
print(datetime.max - datetime.min, timedelta.max + timedelta.min, date.max - date.min)  # expect: 3652058 days, 23:59:59.999999 23:59:59.999999 3652058 days, 0:00:00
print(min(timedelta(-1), timedelta(1)), sorted([time(3), time(1), time(2)]))  # expect: -1 day, 0:00:00 [datetime.time(1, 0), datetime.time(2, 0), datetime.time(3, 0)]
