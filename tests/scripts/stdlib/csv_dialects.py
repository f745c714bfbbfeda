# register_dialect/unregister_dialect change the module-wide dialect registry
import csv, io

def show(rows, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    for row in rows:
        print(w.writerow(row), end=' ')
    print(repr(s.getvalue()))

class my(csv.Dialect):
    delimiter = '|'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
csv.register_dialect('mine', my)
show([['a|b', 'c']], dialect='mine')  # expect: 8 '"a|b"|c\n'
show([['a|b', 'c']], dialect=my)  # expect: 8 '"a|b"|c\n'
print(sorted(csv.list_dialects()))  # expect: ['excel', 'excel-tab', 'mine', 'unix']
d = csv.get_dialect('excel')
print(d.delimiter, repr(d.quotechar), d.doublequote, repr(d.lineterminator), d.quoting, d.escapechar)  # expect: , '"' True '\r\n' 0 None
csv.register_dialect('semi', delimiter=';')
print(list(csv.reader(['a;b'], 'semi')))  # expect: [['a', 'b']]
csv.unregister_dialect('semi')
try:
    csv.get_dialect('semi')
except csv.Error as e:
    print("Error:", e)  # expect: Error: unknown dialect
