import csv, io
data = 'a,b,c\r\n1,"x, y",3\r\n"multi\nline","he said ""hi""",\r\n\r\n  sp, q\n'
r = csv.reader(io.StringIO(data, newline=''))
for row in r:
    print(row, r.line_num)  # expect: ['a', 'b', 'c'] 1
    # expect: ['1', 'x, y', '3'] 2
    # expect: ['multi\nline', 'he said "hi"', ''] 4
    # expect: [] 5
    # expect: ['  sp', ' q'] 6
print(list(csv.reader(['a, b,  "c"'], skipinitialspace=True)))  # expect: [['a', 'b', 'c']]
print(list(csv.reader(['a\tb\tc'], dialect='excel-tab')))  # expect: [['a', 'b', 'c']]
print(list(csv.reader(['a;b;c', '1;2;3'], delimiter=';')))  # expect: [['a', 'b', 'c'], ['1', '2', '3']]
print(list(csv.reader(["'a;b';c"], delimiter=';', quotechar="'")))  # expect: [['a;b', 'c']]
print(list(csv.reader(['1,"2",x,'], quoting=csv.QUOTE_NONNUMERIC)) if False else '')  # expect:
print(list(csv.reader(['1,"2",3.5,'], quoting=csv.QUOTE_NONNUMERIC)))  # expect: [[1.0, '2', 3.5, '']]
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))  # expect: [['a,b', 'c']]
print(list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))  # expect: [['a"b', 'c']]
print(list(csv.reader(['"a"b,c'])))  # expect: [['ab', 'c']]
print(list(csv.reader(['a"b,c', '"x"'], quoting=csv.QUOTE_NONE)))  # expect: [['a"b', 'c'], ['"x"']]
print(list(csv.reader(['"unterminated'])))  # expect: [['unterminated']]
try:
    list(csv.reader(['a\rb']))
except csv.Error as e:
    print("Error:", e)  # expect: Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?
try:
    list(csv.reader(['"a"b'], strict=True))
except csv.Error as e:
    print("Error:", e)  # expect: Error: ',' expected after '"'
try:
    list(csv.reader([b'a,b']))
except csv.Error as e:
    print("Error:", e)  # expect: Error: iterator should return strings, not bytes (the file should be opened in text mode)
try:
    list(csv.reader(['1,x'], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: could not convert string to float: 'x'

def show(rows, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    for row in rows:
        print(w.writerow(row), end=' ')
    print(repr(s.getvalue()))
rows = [['a', 'b,c', 'd"e', 'f\ng', None, 1, 2.5, True, ''], [''], [], ['', '']]
show(rows)  # expect: 35 4 2 3 'a,"b,c","d""e","f\ng",,1,2.5,True,\r\n""\r\n\r\n,\r\n'
show(rows, quoting=csv.QUOTE_ALL)  # expect: 47 4 2 7 '"a","b,c","d""e","f\ng","","1","2.5","True",""\r\n""\r\n\r\n"",""\r\n'
show(rows, quoting=csv.QUOTE_NONNUMERIC)  # expect: 41 4 2 7 '"a","b,c","d""e","f\ng","",1,2.5,True,""\r\n""\r\n\r\n"",""\r\n'
show([['a', 'b,c', 'd"e', 'f\ng']], quoting=csv.QUOTE_NONE, escapechar='\\')  # expect: 18 'a,b\\,c,d\\"e,f\\\ng\r\n'
show([['d"e', 'x\\y']], doublequote=False, escapechar='\\')  # expect: 11 'd\\"e,x\\\\y\r\n'
show([['a', 'b']], dialect='excel-tab', lineterminator='\n')  # expect: 4 'a\tb\n'
show([['a', 'b']], dialect='unix')  # expect: 8 '"a","b"\n'
show([['a b', 'c']], delimiter=' ', quotechar="'")  # expect: 9 "'a b' c\r\n"
for bad in ([['a,b']], [['']]):
    try:
        show(bad, quoting=csv.QUOTE_NONE)
    except csv.Error as e:
        print("Error:", e)  # expect: Error: need to escape, but no escapechar set
        # expect: Error: single empty field record must be quoted
try:
    show([['a"b']], doublequote=False)
except csv.Error as e:
    print("Error:", e)  # expect: Error: need to escape, but no escapechar set
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print("Error:", e)  # expect: Error: iterable expected, not int
for kw in [dict(delimiter='ab'), dict(quoting=7), dict(delimiter=1), dict(quotechar=None)]:
    try:
        csv.writer(io.StringIO(), **kw)
    except TypeError as e:
        print("TypeError:", e)  # expect: TypeError: "delimiter" must be a 1-character string
        # expect: TypeError: bad "quoting" value
        # expect: TypeError: "delimiter" must be string, not int
print(csv.writer(io.StringIO(), quotechar=None, quoting=csv.QUOTE_NONE).dialect.quotechar)  # expect: None

s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['name', 'age'])
w.writeheader()
w.writerow({'name': 'Ann', 'age': 30})
w.writerows([{'name': 'Bob'}, {'age': 5, 'name': 'Cy, Jr.'}])
print(repr(s.getvalue()))  # expect: 'name,age\r\nAnn,30\r\nBob,\r\n"Cy, Jr.",5\r\n'
try:
    w.writerow({'name': 'x', 'zip': 1})
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: dict contains fields not in fieldnames: 'zip'
w2 = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
print(w2.writerow({'a': 1, 'b': 2}))  # expect: 3
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='bad')
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: extrasaction (bad) must be 'raise' or 'ignore'
s.seek(0)
dr = csv.DictReader(s)
print(dr.fieldnames)  # expect: ['name', 'age']
for row in dr:
    print(row, dr.line_num)  # expect: {'name': 'Ann', 'age': '30'} 2
    # expect: {'name': 'Bob', 'age': ''} 3
    # expect: {'name': 'Cy, Jr.', 'age': '5'} 4
dr = csv.DictReader(['1,2,3,4', '', '5'], fieldnames=['a', 'b', 'c'], restkey='rest', restval='?')
print(list(dr))  # expect: [{'a': '1', 'b': '2', 'c': '3', 'rest': ['4']}, {'a': '5', 'b': '?', 'c': '?'}]
print(list(csv.DictReader([])), csv.DictReader([]).fieldnames)  # expect: [] None
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.field_size_limit())  # expect: 0 1 2 3 131072
class D(csv.Dialect): pass
try: D()
except csv.Error as e: print(type(e).__name__, e)  # expect: Error "delimiter" must be string, not NoneType
w=csv.writer(io.StringIO(), quotechar=None); print(w.dialect.quoting, w.dialect.quotechar)  # expect: 3 None
print(list(csv.reader(['"a",b'], quotechar=None)))  # expect: [['"a"', 'b']]
import tempfile, os
with tempfile.TemporaryDirectory() as t:
    p = os.path.join(t, 'f.csv')
    with open(p, 'w', newline='') as f:
        csv.writer(f).writerows([['a', 'b\nc'], [1, 2]])
    with open(p, newline='') as f:
        print(list(csv.reader(f)))  # expect: [['a', 'b\nc'], ['1', '2']]
    with open(p, 'rb') as f:
        print(f.read())  # expect: b'a,"b\nc"\r\n1,2\r\n'
