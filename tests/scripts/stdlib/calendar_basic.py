import calendar

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023))  # expect: True False True False
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2001), calendar.leapdays(2010, 2000))  # expect: 24 1 -3
print(calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1),  # expect: 3 3 5 2 5
      calendar.weekday(-5, 3, 1), calendar.weekday(0, 1, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2000, 12))  # expect: (3, 29) (2, 28) (4, 31)
print(calendar.monthcalendar(2024, 3))  # expect: [[0, 0, 0, 0, 1, 2, 3], [4, 5, 6, 7, 8, 9, 10], [11, 12, 13, 14, 15, 16, 17], [18, 19, 20, 21, 22, 23, 24], [25, 26, 27, 28, 29, 30, 31]]
print(calendar.monthcalendar(2021, 2))  # expect: [[1, 2, 3, 4, 5, 6, 7], [8, 9, 10, 11, 12, 13, 14], [15, 16, 17, 18, 19, 20, 21], [22, 23, 24, 25, 26, 27, 28]]
print(list(calendar.month_name), list(calendar.month_abbr))  # expect: ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
print(list(calendar.day_name), list(calendar.day_abbr))  # expect: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
print(len(calendar.month_name), len(calendar.day_abbr), calendar.month_name[1:3],  # expect: 13 7 ['January', 'February'] Sunday True
      calendar.day_name[-1], calendar.month_abbr[0] == "")
print(calendar.MONDAY, calendar.SUNDAY, calendar.EPOCH, calendar.mdays)  # expect: 0 6 1970 [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError:", e, e.month, isinstance(e, ValueError))  # expect: IllegalMonthError: bad month number 13; must be 1-12 13 True
for bad in ((2024, 2, 30), (2024, 0, 1)):
    try:
        calendar.weekday(*bad)
    except ValueError as e:
        print("ValueError:", e)  # expect: ValueError: day is out of range for month
        # expect: ValueError: month must be in 1..12

print(calendar.month(2024, 2))  # expect:    February 2024
# expect: Mo Tu We Th Fr Sa Su
# expect:           1  2  3  4
# expect:  5  6  7  8  9 10 11
# expect: 12 13 14 15 16 17 18
# expect: 19 20 21 22 23 24 25
# expect: 26 27 28 29
# expect:
print(calendar.month(2024, 9, w=3, l=2))  # expect:        September 2024
# expect:
# expect: Mon Tue Wed Thu Fri Sat Sun
# expect:
# expect:                           1
# expect:
# expect:   2   3   4   5   6   7   8
# expect:
# expect:   9  10  11  12  13  14  15
# expect:
# expect:  16  17  18  19  20  21  22
# expect:
# expect:  23  24  25  26  27  28  29
# expect:
# expect:  30
# expect:
# expect:
calendar.prmonth(1999, 12)  # expect:    December 1999
# expect: Mo Tu We Th Fr Sa Su
# expect:        1  2  3  4  5
# expect:  6  7  8  9 10 11 12
# expect: 13 14 15 16 17 18 19
# expect: 20 21 22 23 24 25 26
# expect: 27 28 29 30 31
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(9)), repr(calendar.weekheader(1)))  # expect: 'Mo Tu We Th Fr Sa Su' '  Monday   Tuesday  Wednesday  Thursday   Friday   Saturday   Sunday ' 'M T W T F S S'
print(calendar.calendar(2024))  # expect:                                   2024
# expect:
# expect:       January                   February                   March
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:  1  2  3  4  5  6  7                1  2  3  4                   1  2  3
# expect:  8  9 10 11 12 13 14       5  6  7  8  9 10 11       4  5  6  7  8  9 10
# expect: 15 16 17 18 19 20 21      12 13 14 15 16 17 18      11 12 13 14 15 16 17
# expect: 22 23 24 25 26 27 28      19 20 21 22 23 24 25      18 19 20 21 22 23 24
# expect: 29 30 31                  26 27 28 29               25 26 27 28 29 30 31
# expect:
# expect:        April                      May                       June
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:  1  2  3  4  5  6  7             1  2  3  4  5                      1  2
# expect:  8  9 10 11 12 13 14       6  7  8  9 10 11 12       3  4  5  6  7  8  9
# expect: 15 16 17 18 19 20 21      13 14 15 16 17 18 19      10 11 12 13 14 15 16
# expect: 22 23 24 25 26 27 28      20 21 22 23 24 25 26      17 18 19 20 21 22 23
# expect: 29 30                     27 28 29 30 31            24 25 26 27 28 29 30
# expect:
# expect:         July                     August                  September
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:  1  2  3  4  5  6  7                1  2  3  4                         1
# expect:  8  9 10 11 12 13 14       5  6  7  8  9 10 11       2  3  4  5  6  7  8
# expect: 15 16 17 18 19 20 21      12 13 14 15 16 17 18       9 10 11 12 13 14 15
# expect: 22 23 24 25 26 27 28      19 20 21 22 23 24 25      16 17 18 19 20 21 22
# expect: 29 30 31                  26 27 28 29 30 31         23 24 25 26 27 28 29
# expect:                                                     30
# expect:
# expect:       October                   November                  December
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:     1  2  3  4  5  6                   1  2  3                         1
# expect:  7  8  9 10 11 12 13       4  5  6  7  8  9 10       2  3  4  5  6  7  8
# expect: 14 15 16 17 18 19 20      11 12 13 14 15 16 17       9 10 11 12 13 14 15
# expect: 21 22 23 24 25 26 27      18 19 20 21 22 23 24      16 17 18 19 20 21 22
# expect: 28 29 30 31               25 26 27 28 29 30         23 24 25 26 27 28 29
# expect:                                                     30 31
# expect:
print(calendar.calendar(2023, w=3, l=1, c=4, m=4))  # expect:                                                           2023
# expect:
# expect:           January                        February                        March                          April
# expect: Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun
# expect:                           1              1   2   3   4   5              1   2   3   4   5                          1   2
# expect:   2   3   4   5   6   7   8      6   7   8   9  10  11  12      6   7   8   9  10  11  12      3   4   5   6   7   8   9
# expect:   9  10  11  12  13  14  15     13  14  15  16  17  18  19     13  14  15  16  17  18  19     10  11  12  13  14  15  16
# expect:  16  17  18  19  20  21  22     20  21  22  23  24  25  26     20  21  22  23  24  25  26     17  18  19  20  21  22  23
# expect:  23  24  25  26  27  28  29     27  28                         27  28  29  30  31             24  25  26  27  28  29  30
# expect:  30  31
# expect:
# expect:             May                            June                           July                          August
# expect: Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun
# expect:   1   2   3   4   5   6   7                  1   2   3   4                          1   2          1   2   3   4   5   6
# expect:   8   9  10  11  12  13  14      5   6   7   8   9  10  11      3   4   5   6   7   8   9      7   8   9  10  11  12  13
# expect:  15  16  17  18  19  20  21     12  13  14  15  16  17  18     10  11  12  13  14  15  16     14  15  16  17  18  19  20
# expect:  22  23  24  25  26  27  28     19  20  21  22  23  24  25     17  18  19  20  21  22  23     21  22  23  24  25  26  27
# expect:  29  30  31                     26  27  28  29  30             24  25  26  27  28  29  30     28  29  30  31
# expect:                                                                31
# expect:
# expect:          September                       October                        November                       December
# expect: Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun    Mon Tue Wed Thu Fri Sat Sun
# expect:                   1   2   3                              1              1   2   3   4   5                      1   2   3
# expect:   4   5   6   7   8   9  10      2   3   4   5   6   7   8      6   7   8   9  10  11  12      4   5   6   7   8   9  10
# expect:  11  12  13  14  15  16  17      9  10  11  12  13  14  15     13  14  15  16  17  18  19     11  12  13  14  15  16  17
# expect:  18  19  20  21  22  23  24     16  17  18  19  20  21  22     20  21  22  23  24  25  26     18  19  20  21  22  23  24
# expect:  25  26  27  28  29  30         23  24  25  26  27  28  29     27  28  29  30                 25  26  27  28  29  30  31
# expect:                                 30  31
# expect:
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)))  # expect: 0 1709209815
print(calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((2038, 1, 19, 3, 14, 8)))  # expect: -1 2147483648

c = calendar.TextCalendar(calendar.SUNDAY)
print(c.getfirstweekday(), list(c.iterweekdays()))  # expect: 6 [6, 0, 1, 2, 3, 4, 5]
print(c.formatmonth(2024, 6))  # expect:      June 2024
# expect: Su Mo Tu We Th Fr Sa
# expect:                    1
# expect:  2  3  4  5  6  7  8
# expect:  9 10 11 12 13 14 15
# expect: 16 17 18 19 20 21 22
# expect: 23 24 25 26 27 28 29
# expect: 30
# expect:
c.firstweekday = 9
print(c.firstweekday, c.formatweekheader(3))  # expect: 2 Wed Thu Fri Sat Sun Mon Tue

cal = calendar.Calendar()
print(list(cal.itermonthdays(2024, 2))[:10])  # expect: [0, 0, 0, 1, 2, 3, 4, 5, 6, 7]
print(list(cal.itermonthdays2(2024, 2))[:4])  # expect: [(0, 0), (0, 1), (0, 2), (1, 3)]
print(list(cal.itermonthdays3(2024, 1))[:3], list(cal.itermonthdays3(2023, 12))[-3:])  # expect: [(2024, 1, 1), (2024, 1, 2), (2024, 1, 3)] [(2023, 12, 29), (2023, 12, 30), (2023, 12, 31)]
print(list(cal.itermonthdays4(2024, 3))[:2])  # expect: [(2024, 2, 26, 0), (2024, 2, 27, 1)]
print(cal.monthdatescalendar(2024, 2)[0])  # expect: [datetime.date(2024, 1, 29), datetime.date(2024, 1, 30), datetime.date(2024, 1, 31), datetime.date(2024, 2, 1), datetime.date(2024, 2, 2), datetime.date(2024, 2, 3), datetime.date(2024, 2, 4)]
print([d.isoformat() for d in cal.itermonthdates(2024, 12)][-5:])  # expect: ['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-05']
print(cal.yeardayscalendar(2024, 4)[0][1][0], len(cal.yeardays2calendar(2024)), len(cal.yeardatescalendar(2024, 6)))  # expect: [0, 0, 0, 1, 2, 3, 4] 4 2
print(list(calendar.Calendar(6).itermonthdays3(9999, 12))[-3:])  # expect: [(9999, 12, 30), (9999, 12, 31), (10000, 1, 1)]
print(list(calendar.Calendar(0).itermonthdays(1, 1))[:3])  # expect: [1, 2, 3]

h = calendar.HTMLCalendar(calendar.MONDAY)
print(h.formatmonth(2024, 1))  # expect: <table border="0" cellpadding="0" cellspacing="0" class="month">
# expect: <tr><th colspan="7" class="month">January 2024</th></tr>
# expect: <tr><th class="mon">Mon</th><th class="tue">Tue</th><th class="wed">Wed</th><th class="thu">Thu</th><th class="fri">Fri</th><th class="sat">Sat</th><th class="sun">Sun</th></tr>
# expect: <tr><td class="mon">1</td><td class="tue">2</td><td class="wed">3</td><td class="thu">4</td><td class="fri">5</td><td class="sat">6</td><td class="sun">7</td></tr>
# expect: <tr><td class="mon">8</td><td class="tue">9</td><td class="wed">10</td><td class="thu">11</td><td class="fri">12</td><td class="sat">13</td><td class="sun">14</td></tr>
# expect: <tr><td class="mon">15</td><td class="tue">16</td><td class="wed">17</td><td class="thu">18</td><td class="fri">19</td><td class="sat">20</td><td class="sun">21</td></tr>
# expect: <tr><td class="mon">22</td><td class="tue">23</td><td class="wed">24</td><td class="thu">25</td><td class="fri">26</td><td class="sat">27</td><td class="sun">28</td></tr>
# expect: <tr><td class="mon">29</td><td class="tue">30</td><td class="wed">31</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td></tr>
# expect: </table>
# expect:
print(h.formatmonth(2024, 2, withyear=False))  # expect: <table border="0" cellpadding="0" cellspacing="0" class="month">
# expect: <tr><th colspan="7" class="month">February</th></tr>
# expect: <tr><th class="mon">Mon</th><th class="tue">Tue</th><th class="wed">Wed</th><th class="thu">Thu</th><th class="fri">Fri</th><th class="sat">Sat</th><th class="sun">Sun</th></tr>
# expect: <tr><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td><td class="thu">1</td><td class="fri">2</td><td class="sat">3</td><td class="sun">4</td></tr>
# expect: <tr><td class="mon">5</td><td class="tue">6</td><td class="wed">7</td><td class="thu">8</td><td class="fri">9</td><td class="sat">10</td><td class="sun">11</td></tr>
# expect: <tr><td class="mon">12</td><td class="tue">13</td><td class="wed">14</td><td class="thu">15</td><td class="fri">16</td><td class="sat">17</td><td class="sun">18</td></tr>
# expect: <tr><td class="mon">19</td><td class="tue">20</td><td class="wed">21</td><td class="thu">22</td><td class="fri">23</td><td class="sat">24</td><td class="sun">25</td></tr>
# expect: <tr><td class="mon">26</td><td class="tue">27</td><td class="wed">28</td><td class="thu">29</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td></tr>
# expect: </table>
# expect:
print(h.formatyear(2024, 4)[:300])  # expect: <table border="0" cellpadding="0" cellspacing="0" class="year">
# expect: <tr><th colspan="4" class="year">2024</th></tr><tr><td><table border="0" cellpadding="0" cellspacing="0" class="month">
# expect: <tr><th colspan="7" class="month">January</th></tr>
# expect: <tr><th class="mon">Mon</th><th class="tue">Tue</th><th class="w
print(h.formatyearpage(2024)[:200])  # expect: b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html>\n<head>\n<meta http-equiv="Content-Type" conte'
print(calendar.formatstring(["a", "bb", "ccc"], 5, 2) + "|")  # expect:   a      bb    ccc |
calendar.format(["x", "y"], 3, 1)  # expect:  x   y
print(calendar.TextCalendar().formatyear(2024, 2, 1, 6, 12).splitlines()[2])  # expect:       January                   February                   March                     April                      May                       June                      July                     August                  September                  October                   November                  December
print(calendar.LocaleTextCalendar(0, "C").formatmonthname(2024, 5, 20) + "|")  # expect:       May 2024      |
