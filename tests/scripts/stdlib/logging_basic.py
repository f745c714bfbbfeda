# basicConfig(stream=sys.stdout) so that the records show up on stdout
import logging, sys, io
# module functions with the default format; handler writes to stdout
logging.basicConfig(stream=sys.stdout)
logging.warning('warn %s %d', 'x', 3)  # expect: WARNING:root:warn x 3
logging.info('hidden')
logging.error('err')  # expect: ERROR:root:err
logging.critical('crit %(a)s', {'a': 1})  # expect: CRITICAL:root:crit 1
root = logging.getLogger()
print(root, root.level, len(root.handlers))  # expect: <RootLogger root (WARNING)> 30 1
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)  # ignored: handlers exist
logging.info('still hidden')
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, force=True, format='%(name)s|%(levelname)s|%(levelno)d|%(message)s')
logging.debug('now shown')  # expect: root|DEBUG|10|now shown
a = logging.getLogger('app')
ab = logging.getLogger('app.db')
abc = logging.getLogger('app.db.conn')
print(ab.parent is a, abc.parent is ab, a.parent is root, logging.getLogger('app.db') is ab, a.getChild('db') is ab)  # expect: True True True True True
x = logging.getLogger('x.y.z')
print(x.parent is root)  # expect: True
xy = logging.getLogger('x.y')
print(x.parent is xy, xy.parent is root)  # expect: True True
a.setLevel(logging.WARNING)
abc.info('filtered by app level')
abc.warning('propagates to root: %s', abc.getEffectiveLevel())  # expect: app.db.conn|WARNING|30|propagates to root: 30
print(abc.isEnabledFor(logging.INFO), abc.isEnabledFor(logging.ERROR), abc.getEffectiveLevel(), a)  # expect: False True 30 <Logger app (WARNING)>
s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter('[%(levelname)-8s] %(name)s: %(message)s'))
ab.addHandler(h)
abc.error('to both')  # expect: app.db.conn|ERROR|40|to both
ab.propagate = False
abc.critical('only to app.db handler')
print(repr(s.getvalue()))  # expect: '[ERROR   ] app.db.conn: to both\n[CRITICAL] app.db.conn: only to app.db handler\n'
h.setLevel('ERROR')
abc.warning('below handler level')
print(repr(s.getvalue()[-30:]), h, ab.hasHandlers())  # expect: '.conn: only to app.db handler\n' <StreamHandler (ERROR)> True
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2
ab.addFilter(OnlyOdd())
for i in range(4):
    ab.error('n=%d', i)
print(repr(s.getvalue()))  # expect: '[ERROR   ] app.db.conn: to both\n[CRITICAL] app.db.conn: only to app.db handler\n[ERROR   ] app.db: n=1\n[ERROR   ] app.db: n=3\n'
ab.filters.clear()
ab.addFilter(lambda r: 'secret' not in r.getMessage())
ab.error('secret stuff'); ab.error('public')
print(repr(s.getvalue()[-30:]))  # expect: 'n=3\n[ERROR   ] app.db: public\n'
f = logging.Filter('app.db')
print(f.filter(logging.makeLogRecord({'name': 'app.db.x'})), f.filter(logging.makeLogRecord({'name': 'app.dbx'})), f.filter(logging.makeLogRecord({'name': 'app'})))  # expect: True False False
print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(25), logging.getLevelName('nope'))  # expect: DEBUG 20 Level 25 Level nope
logging.addLevelName(25, 'NOTICE')
root.log(25, 'custom level %s', 'ok')  # expect: root|NOTICE|25|custom level ok
print(logging.getLevelName(25), logging.getLevelName('NOTICE'), logging.WARN, logging.FATAL, logging.NOTSET)  # expect: NOTICE 25 30 50 0
try:
    root.setLevel('BOGUS')
except ValueError as e:
    print('ValueError', e)  # expect: ValueError Unknown level: 'BOGUS'
try:
    root.setLevel(1.5)
except TypeError as e:
    print('TypeError', e)  # expect: TypeError Level not an integer or a valid string: 1.5
try:
    root.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)  # expect: TypeError level must be an integer
root.setLevel('INFO')
print(root.level, root.getEffectiveLevel())  # expect: 20 20
try:
    1 / 0
except ZeroDivisionError:
    es = io.StringIO()
    eh = logging.StreamHandler(es)
    el = logging.getLogger('exc')
    el.propagate = False
    el.addHandler(eh)
    el.exception('failed %s', 'here')
    lines = es.getvalue().splitlines()
    print(lines[0], lines[1], lines[-1])  # expect: failed here Traceback (most recent call last): ZeroDivisionError: division by zero
    try:
        raise KeyError('k')
    except KeyError as e:
        el.error('caught', exc_info=e)
    print(es.getvalue().splitlines()[-1])  # expect: KeyError: 'k'
fmt = logging.Formatter('%(message)s')
rec = logging.LogRecord('n', logging.INFO, 'p', 1, 'hello %s', ('world',), None)
print(fmt.format(rec), rec.levelname, rec.name, rec.getMessage(), rec.msg, rec.args)  # expect: hello world INFO n hello world hello %s ('world',)
rec2 = logging.makeLogRecord({'msg': 'm %d', 'args': (5,), 'levelname': 'X'})
print(logging.Formatter('%(levelname)s %(message)s %(args)s').format(rec2))  # expect: X m 5 (5,)
print(logging.Formatter('{levelname}:{name}:{message}', style='{').format(rec))  # expect: INFO:n:hello world
print(logging.Formatter('%(levelname)s %(extra1)s %(message)s', defaults={'extra1': 'D'}).format(rec))  # expect: INFO D hello world
lg = logging.getLogger('extra')
lg.warning('with extra %(user)s', extra={'user': 'bob'}) if False else lg.warning('with extra', extra={'user': 'bob'})  # expect: extra|WARNING|30|with extra
try:
    lg.warning('bad', extra={'msg': 1})
except KeyError as e:
    print('KeyError', e)  # expect: KeyError "Attempt to overwrite 'msg' in LogRecord"
for bad in ['%(message)', 'no fields', '%(message)z']:
    try:
        logging.Formatter(bad)
    except ValueError as e:
        print('ValueError', e)  # expect: ValueError Invalid format '%(message)' for '%' style
        # expect: ValueError Invalid format 'no fields' for '%' style
        # expect: ValueError Invalid format '%(message)z' for '%' style
      
      
      
      
try:
    logging.Formatter('%(message)s', style='x')
except ValueError as e:
    print('ValueError', e)  # expect: ValueError Style must be one of: %,{,$
try:
    logging.basicConfig(stream=sys.stdout, filename='x.log', force=True)
except ValueError as e:
    print('ValueError', e)  # expect: ValueError 'stream' and 'filename' should not be specified together
try:
    logging.basicConfig(foo=1, force=True)
except ValueError as e:
    print('ValueError', e)  # expect: ValueError Unrecognised argument(s): foo
logging.basicConfig(stream=sys.stdout, force=True)
adapter = logging.LoggerAdapter(logging.getLogger('adapt'), {'ip': '1.2.3.4'})
adapter.warning('adapted %s', 1)  # expect: WARNING:adapt:adapted 1
print(adapter, adapter.isEnabledFor(logging.DEBUG))  # expect: <LoggerAdapter adapt (INFO)> False
logging.disable(logging.WARNING)
logging.warning('disabled')
logging.error('not disabled')  # expect: ERROR:root:not disabled
logging.disable(logging.NOTSET)
logging.warning('enabled again')  # expect: WARNING:root:enabled again
n = logging.getLogger('lib')
n.addHandler(logging.NullHandler())
n.propagate = False
n.error('swallowed')
print(n.handlers, logging.getLogger('root') is root, logging.getLogger('') is root)  # expect: [<NullHandler (NOTSET)>] True True
import tempfile, os
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'app.log')
    logging.basicConfig(filename=p, filemode='w', format='%(levelname)s:%(message)s', level=logging.DEBUG, force=True)
    logging.debug('to file')
    fl = logging.getLogger('file')
    fh = logging.FileHandler(p)
    fh.setFormatter(logging.Formatter('FH %(name)s %(message)s'))
    fl.addHandler(fh)
    fl.info('appended')
    logging.shutdown()
    with open(p) as fobj:
        print(fobj.read().splitlines())  # expect: ['DEBUG:to file', 'INFO:appended', 'ed']
    print(repr(fh).startswith('<FileHandler ') and repr(fh).endswith('app.log (NOTSET)>'))  # expect: True
    fl.removeHandler(fh)
print(logging.getLevelNamesMapping()['WARN'], logging.BASIC_FORMAT)  # expect: 30 %(levelname)s:%(name)s:%(message)s
s4 = io.StringIO()
h4 = logging.StreamHandler(s4)
h4.setFormatter(logging.Formatter('%(levelname)s %(message)s %%'))
lg = logging.getLogger('t4'); lg.propagate = False; lg.addHandler(h4)
lg.exception('outside an except block')
lg.warning('%s and %s', 'a', 'b')
lg.warning('pct %d%%', 5)
print(repr(s4.getvalue()))  # expect: 'ERROR outside an except block %\nNoneType: None\nWARNING a and b %\nWARNING pct 5% %\n'
