# lastResort: no configuration at all, a named logger's warnings go to stderr as bare messages
import logging, sys, io
saved = sys.stderr
sys.stderr = io.StringIO()
lg = logging.getLogger('quiet')
lg.warning('no handlers: %s', 'last resort')
lg.info('below WARNING: dropped')
lg.error('error too')
captured = sys.stderr.getvalue()
sys.stderr = saved
print(repr(captured))  # expect: 'no handlers: last resort\nerror too\n'
print(logging.root.handlers, logging.lastResort, lg)  # expect: [] <_StderrHandler <stderr> (WARNING)> <Logger quiet (WARNING)>
logging.lastResort = None
sys.stderr = io.StringIO()
lg.warning('no last resort')
captured = sys.stderr.getvalue()
sys.stderr = saved
print(repr(captured))  # expect: 'No handlers could be found for logger "quiet"\n'
sys.stderr = io.StringIO()
h = logging.StreamHandler()
sys.stderr = saved
print(h.stream is saved, repr(logging.StreamHandler(io.StringIO())))  # expect: False <StreamHandler (NOTSET)>
h2 = logging.StreamHandler(sys.stdout)
print(h2.stream is sys.stdout, h2.terminator == '\n')  # expect: True True
old = h2.setStream(io.StringIO())
print(old is sys.stdout)  # expect: True
