# unittest.main(): discovers the TestCase classes of __main__, honours argv (-v, test
# names), exit=False, and exits with status 1 through SystemExit when a test fails.
import io
import re
import sys
import unittest


class Arith(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_sub(self):
        self.assertEqual(3 - 1, 1)


class Strings(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('a'.upper(), 'A')


def runner():
    buf = io.StringIO()
    return buf, unittest.TextTestRunner(stream=buf, verbosity=1)


def show(buf):
    text = re.sub(r'in \d+\.\d{3}s', 'in X.XXXs', buf.getvalue())
    text = re.sub(r'File "[^"]*/([^"/]*)"', r'File "\1"', text)
    # Fibra's caret lines under calls follow CPython 3.13, not 3.11 (a known
    # difference of the interpreter's traceback printer): drop those.
    print(re.sub(r'(\)\n)[ ~^]+\n', r'\1', text), end='')


buf, r = runner()
prog = unittest.main(argv=['prog', '-v'], testRunner=r, exit=False)
show(buf)
print(prog.result.testsRun, prog.result.wasSuccessful())

buf, r = runner()
prog = unittest.main(argv=['prog', 'Strings', 'Arith.test_add'], testRunner=r, exit=False)
show(buf)
print(prog.result.testsRun, prog.result.wasSuccessful())

buf, r = runner()
try:
    unittest.main(argv=['prog', 'Strings'], testRunner=r)
except SystemExit as e:
    print('exit', e.code)
show(buf)

buf, r = runner()
try:
    unittest.main(argv=['prog'], testRunner=r)
except SystemExit as e:
    print('exit', e.code)
show(buf)

# The real thing: report on stderr, exit status 1.
unittest.main()

# Expected output (at the end, so that the line numbers in tracebacks stay put):
# expect: .F.
# expect: ======================================================================
# expect: FAIL: test_sub (__main__.Arith.test_sub)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_main.py", line 14, in test_sub
# expect:     self.assertEqual(3 - 1, 1)
# expect: AssertionError: 2 != 1
# expect:
# expect: ----------------------------------------------------------------------
# expect: Ran 3 tests in X.XXXs
# expect:
# expect: FAILED (failures=1)
# expect: 3 False
# expect: ..
# expect: ----------------------------------------------------------------------
# expect: Ran 2 tests in X.XXXs
# expect:
# expect: OK
# expect: 2 True
# expect: exit False
# expect: .
# expect: ----------------------------------------------------------------------
# expect: Ran 1 test in X.XXXs
# expect:
# expect: OK
# expect: exit True
# expect: .F.
# expect: ======================================================================
# expect: FAIL: test_sub (__main__.Arith.test_sub)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_main.py", line 14, in test_sub
# expect:     self.assertEqual(3 - 1, 1)
# expect: AssertionError: 2 != 1
# expect:
# expect: ----------------------------------------------------------------------
# expect: Ran 3 tests in X.XXXs
# expect:
# expect: FAILED (failures=1)
# expect exit: 1
