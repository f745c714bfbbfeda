# unittest runner: TextTestRunner output at verbosity 0/1/2 (timing masked), fixtures,
# skips, expected failures, subtests, cleanups, TestLoader and TestResult.
import io
import re
import unittest

log = []


def run(suite_or_case, verbosity=1, **kwargs):
    buf = io.StringIO()
    runner = unittest.TextTestRunner(stream=buf, verbosity=verbosity, **kwargs)
    result = runner.run(suite_or_case)
    text = re.sub(r'in \d+\.\d{3}s', 'in X.XXXs', buf.getvalue())
    text = re.sub(r'File "[^"]*/([^"/]*)"', r'File "\1"', text)
    # Fibra's caret lines under calls follow CPython 3.13, not 3.11 (a known
    # difference of the interpreter's traceback printer): drop those.
    text = re.sub(r'(\)\n)[ ~^]+\n', r'\1', text)
    print(text, end='')
    return result


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown')

    def test_one(self):
        """First line of the doc.

        More text."""
        log.append('one')

    def test_two(self):
        log.append('two')
        self.assertEqual(2 + 2, 5)


class Mixed(unittest.TestCase):
    def test_error(self):
        {}['missing']

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.skipIf(True, "condition")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "runs")
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest("inside")

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)
        with self.subTest("labelled", k='v'):
            raise TypeError('in subtest')

    def test_raises_ctx(self):
        with self.assertRaises(ValueError):
            pass

    def test_chained(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise RuntimeError("while handling")


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('never')

    def test_a(self):
        pass


class BrokenSetup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError("no database")

    def test_never(self):
        log.append('never')


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Mixed))
suite = loader.loadTestsFromTestCase(Fixtures)
print(suite.countTestCases(), list(suite))
result = run(suite, verbosity=2)
print(log)
print(result, result.wasSuccessful(), result.testsRun, len(result.failures))
print(result.failures[0][0], repr(result.failures[0][0].id()))

result = run(loader.loadTestsFromTestCase(Mixed), verbosity=2)
print(len(result.errors), len(result.failures), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses))
print([(str(t), r) for t, r in result.skipped])

run(loader.loadTestsFromTestCase(Mixed), verbosity=1)
run(unittest.TestSuite([loader.loadTestsFromTestCase(Skipped),
                        loader.loadTestsFromTestCase(BrokenSetup)]), verbosity=2)
run(unittest.TestSuite([Fixtures('test_one')]), verbosity=0)
run(unittest.TestSuite(), verbosity=1)
run(loader.loadTestsFromTestCase(Mixed), verbosity=1, failfast=True)
print('never' in log)

r = unittest.TestResult()
Mixed('test_error').run(r)
print(r, r.errors[0][1].splitlines()[-1])
print(repr(Mixed('test_error')), Mixed('test_error') == Mixed('test_error'))
try:
    Mixed('test_nothing')
except ValueError as e:
    print(e)

# Expected output (at the end, so that the line numbers in tracebacks stay put):
# expect: ['test_chained', 'test_error', 'test_raises_ctx', 'test_skip_if', 'test_skip_inside', 'test_skip_unless', 'test_skipped', 'test_subtests', 'test_xfail', 'test_xpass']
# expect: 2 [<__main__.Fixtures testMethod=test_one>, <__main__.Fixtures testMethod=test_two>]
# expect: test_one (__main__.Fixtures.test_one)
# expect: First line of the doc. ... ok
# expect: test_two (__main__.Fixtures.test_two) ... FAIL
# expect:
# expect: ======================================================================
# expect: FAIL: test_two (__main__.Fixtures.test_two)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 47, in test_two
# expect:     self.assertEqual(2 + 2, 5)
# expect: AssertionError: 4 != 5
# expect:
# expect: ----------------------------------------------------------------------
# expect: Ran 2 tests in X.XXXs
# expect:
# expect: FAILED (failures=1)
# expect: ['setUpClass', 'setUp test_one', 'one', 'tearDown', 'cleanup test_one', 'setUp test_two', 'two', 'tearDown', 'cleanup test_two', 'tearDownClass']
# expect: <unittest.runner.TextTestResult run=2 errors=0 failures=1> False 2 1
# expect: test_two (__main__.Fixtures.test_two) '__main__.Fixtures.test_two'
# expect: test_chained (__main__.Mixed.test_chained) ... ERROR
# expect: test_error (__main__.Mixed.test_error) ... ERROR
# expect: test_raises_ctx (__main__.Mixed.test_raises_ctx) ... FAIL
# expect: test_skip_if (__main__.Mixed.test_skip_if) ... skipped 'condition'
# expect: test_skip_inside (__main__.Mixed.test_skip_inside) ... skipped 'inside'
# expect: test_skip_unless (__main__.Mixed.test_skip_unless) ... ok
# expect: test_skipped (__main__.Mixed.test_skipped) ... skipped 'not today'
# expect: test_subtests (__main__.Mixed.test_subtests) ...
# expect:   test_subtests (__main__.Mixed.test_subtests) (i=2) ... FAIL
# expect:   test_subtests (__main__.Mixed.test_subtests) (i=3) ... FAIL
# expect:   test_subtests (__main__.Mixed.test_subtests) [labelled] (k='v') ... ERROR
# expect: test_xfail (__main__.Mixed.test_xfail) ... expected failure
# expect: test_xpass (__main__.Mixed.test_xpass) ... unexpected success
# expect:
# expect: ======================================================================
# expect: ERROR: test_chained (__main__.Mixed.test_chained)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 90, in test_chained
# expect:     1 / 0
# expect:     ~~^~~
# expect: ZeroDivisionError: division by zero
# expect:
# expect: During handling of the above exception, another exception occurred:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 92, in test_chained
# expect:     raise RuntimeError("while handling")
# expect: RuntimeError: while handling
# expect:
# expect: ======================================================================
# expect: ERROR: test_error (__main__.Mixed.test_error)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 52, in test_error
# expect:     {}['missing']
# expect:     ~~^^^^^^^^^^^
# expect: KeyError: 'missing'
# expect:
# expect: ======================================================================
# expect: ERROR: test_subtests (__main__.Mixed.test_subtests) [labelled] (k='v')
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 82, in test_subtests
# expect:     raise TypeError('in subtest')
# expect: TypeError: in subtest
# expect:
# expect: ======================================================================
# expect: FAIL: test_raises_ctx (__main__.Mixed.test_raises_ctx)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 85, in test_raises_ctx
# expect:     with self.assertRaises(ValueError):
# expect: AssertionError: ValueError not raised
# expect:
# expect: ======================================================================
# expect: FAIL: test_subtests (__main__.Mixed.test_subtests) (i=2)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 80, in test_subtests
# expect:     self.assertLess(i, 2)
# expect: AssertionError: 2 not less than 2
# expect:
# expect: ======================================================================
# expect: FAIL: test_subtests (__main__.Mixed.test_subtests) (i=3)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 80, in test_subtests
# expect:     self.assertLess(i, 2)
# expect: AssertionError: 3 not less than 2
# expect:
# expect: ======================================================================
# expect: UNEXPECTED SUCCESS: test_xpass (__main__.Mixed.test_xpass)
# expect: ----------------------------------------------------------------------
# expect: Ran 10 tests in X.XXXs
# expect:
# expect: FAILED (failures=3, errors=3, skipped=3, expected failures=1, unexpected successes=1)
# expect: 3 3 3 1 1
# expect: [('test_skip_if (__main__.Mixed.test_skip_if)', 'condition'), ('test_skip_inside (__main__.Mixed.test_skip_inside)', 'inside'), ('test_skipped (__main__.Mixed.test_skipped)', 'not today')]
# expect: EEFss.sFFExu
# expect: ======================================================================
# expect: ERROR: test_chained (__main__.Mixed.test_chained)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 90, in test_chained
# expect:     1 / 0
# expect:     ~~^~~
# expect: ZeroDivisionError: division by zero
# expect:
# expect: During handling of the above exception, another exception occurred:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 92, in test_chained
# expect:     raise RuntimeError("while handling")
# expect: RuntimeError: while handling
# expect:
# expect: ======================================================================
# expect: ERROR: test_error (__main__.Mixed.test_error)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 52, in test_error
# expect:     {}['missing']
# expect:     ~~^^^^^^^^^^^
# expect: KeyError: 'missing'
# expect:
# expect: ======================================================================
# expect: ERROR: test_subtests (__main__.Mixed.test_subtests) [labelled] (k='v')
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 82, in test_subtests
# expect:     raise TypeError('in subtest')
# expect: TypeError: in subtest
# expect:
# expect: ======================================================================
# expect: FAIL: test_raises_ctx (__main__.Mixed.test_raises_ctx)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 85, in test_raises_ctx
# expect:     with self.assertRaises(ValueError):
# expect: AssertionError: ValueError not raised
# expect:
# expect: ======================================================================
# expect: FAIL: test_subtests (__main__.Mixed.test_subtests) (i=2)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 80, in test_subtests
# expect:     self.assertLess(i, 2)
# expect: AssertionError: 2 not less than 2
# expect:
# expect: ======================================================================
# expect: FAIL: test_subtests (__main__.Mixed.test_subtests) (i=3)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 80, in test_subtests
# expect:     self.assertLess(i, 2)
# expect: AssertionError: 3 not less than 2
# expect:
# expect: ======================================================================
# expect: UNEXPECTED SUCCESS: test_xpass (__main__.Mixed.test_xpass)
# expect: ----------------------------------------------------------------------
# expect: Ran 10 tests in X.XXXs
# expect:
# expect: FAILED (failures=3, errors=3, skipped=3, expected failures=1, unexpected successes=1)
# expect: test_a (__main__.Skipped.test_a) ... skipped 'whole class'
# expect: setUpClass (__main__.BrokenSetup) ... ERROR
# expect:
# expect: ======================================================================
# expect: ERROR: setUpClass (__main__.BrokenSetup)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 108, in setUpClass
# expect:     raise OSError("no database")
# expect: OSError: no database
# expect:
# expect: ----------------------------------------------------------------------
# expect: Ran 1 test in X.XXXs
# expect:
# expect: FAILED (errors=1, skipped=1)
# expect: ----------------------------------------------------------------------
# expect: Ran 1 test in X.XXXs
# expect:
# expect: OK
# expect:
# expect: ----------------------------------------------------------------------
# expect: Ran 0 tests in X.XXXs
# expect:
# expect: OK
# expect: E
# expect: ======================================================================
# expect: ERROR: test_chained (__main__.Mixed.test_chained)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 90, in test_chained
# expect:     1 / 0
# expect:     ~~^~~
# expect: ZeroDivisionError: division by zero
# expect:
# expect: During handling of the above exception, another exception occurred:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner.py", line 92, in test_chained
# expect:     raise RuntimeError("while handling")
# expect: RuntimeError: while handling
# expect:
# expect: ----------------------------------------------------------------------
# expect: Ran 1 test in X.XXXs
# expect:
# expect: FAILED (errors=1)
# expect: False
# expect: <unittest.result.TestResult run=1 errors=1 failures=0> KeyError: 'missing'
# expect: <__main__.Mixed testMethod=test_error> True
# expect: no such test method in <class '__main__.Mixed'>: test_nothing
