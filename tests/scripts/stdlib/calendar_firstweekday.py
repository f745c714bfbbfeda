import calendar

# setfirstweekday changes the calendar the module-level functions share.
print(calendar.firstweekday(), calendar.weekheader(2))  # expect: 0 Mo Tu We Th Fr Sa Su
try:
    calendar.setfirstweekday(7)
except calendar.IllegalWeekdayError as e:
    print("IllegalWeekdayError:", e, e.weekday)  # expect: IllegalWeekdayError: bad weekday number 7; must be 0 (Monday) to 6 (Sunday) 7
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())  # expect: 6
print(calendar.month(2015, 2))  # expect:    February 2015
# expect: Su Mo Tu We Th Fr Sa
# expect:  1  2  3  4  5  6  7
# expect:  8  9 10 11 12 13 14
# expect: 15 16 17 18 19 20 21
# expect: 22 23 24 25 26 27 28
# expect:
print(calendar.monthcalendar(2015, 2))  # expect: [[1, 2, 3, 4, 5, 6, 7], [8, 9, 10, 11, 12, 13, 14], [15, 16, 17, 18, 19, 20, 21], [22, 23, 24, 25, 26, 27, 28]]
calendar.setfirstweekday(0)
print(calendar.firstweekday(), calendar.weekheader(2))  # expect: 0 Mo Tu We Th Fr Sa Su
