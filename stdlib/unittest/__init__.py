"""A unit testing framework following CPython 3.11's `unittest`.

Supported: `TestCase` (`setUp`/`tearDown`, `setUpClass`/`tearDownClass`, `addCleanup`,
`doCleanups`, `addClassCleanup`, `subTest`, `skipTest`, `fail`, `id`, `shortDescription`,
`countTestCases`, `run`, `debug`, `failureException`, `longMessage`, `maxDiff`) with
`assertEqual`/`NotEqual`, `assertTrue`/`False`, `assertIs`/`IsNot`, `assertIsNone`/
`IsNotNone`, `assertIn`/`NotIn`, `assertIsInstance`/`NotIsInstance`, `assertRaises` and
`assertRaisesRegex` (context manager and callable forms, `.exception`),
`assertAlmostEqual`/`NotAlmostEqual` (`places`, `delta`), `assertGreater`/`GreaterEqual`/
`Less`/`LessEqual`, `assertCountEqual`, `assertRegex`/`NotRegex`,
`assertSequenceEqual`, `assertListEqual`/`TupleEqual`/`DictEqual`/`SetEqual`,
`assertMultiLineEqual`, `addTypeEqualityFunc`; CPython's failure messages (`1 != 2`,
`Lists differ: ...` with the first differing element, the shortened reprs of long
values, `msg` joined with ` : `). The decorators `skip`, `skipIf`, `skipUnless`,
`expectedFailure` and `SkipTest`; `TestSuite`; `TestLoader` (`loadTestsFromTestCase`,
`loadTestsFromModule`, `loadTestsFromName(s)`, `getTestCaseNames`, `testMethodPrefix`,
`sortTestMethodsUsing`); `TestResult`, `TextTestResult`, `TextTestRunner` (verbosity 0,
1 and 2, CPython's report format) and `main`/`TestProgram` (`argv` with `-v`, `-q`,
`-f` and test names, `exit=`, `verbosity=`, `defaultTest=`, `testRunner=`).

Long `assertEqual` failures on strings, sequences and dicts end with CPython's
`difflib.ndiff` diff, cut to `maxDiff`.

Not supported: `assertWarns`/`assertWarnsRegex`, `assertLogs`/`assertNoLogs`, `buffer=`,
`discover`, `load_tests`, `testNamePatterns`, module fixtures, `catchbreak` and other
`main` options (all raise `NotImplementedError`); `unittest.mock`,
`IsolatedAsyncioTestCase`.
"""

import sys
import re
import time as _time
import traceback as _traceback
from pprint import pformat as _pformat
from difflib import ndiff as _ndiff

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip',
           'skipIf', 'skipUnless', 'expectedFailure', 'TextTestResult',
           'installHandler', 'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'getTestCaseNames', 'makeSuite', 'findTestCases']

_HERE = __file__.rsplit('/', 1)[0] + '/'


def _is_own_file(filename):
    return filename.startswith(_HERE)


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < 80:
        return result
    return result[:80] + ' [truncated]...'


# Shortening of long reprs in "a != b" messages: keep the start, the part the two share
# near the difference and the end, replacing long runs by "[N chars]".
_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


def _shorten(s, keep_start, keep_end):
    dropped = len(s) - keep_start - keep_end
    if dropped <= _PLACEHOLDER_LEN:
        return s
    return '%s[%d chars]%s' % (s[:keep_start], dropped, s[len(s) - keep_end:])


def _common_prefix(strings):
    first = min(strings)
    last = max(strings)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _common_shorten_repr(*args):
    reprs = tuple(safe_repr(a) for a in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _common_prefix(reprs)
    n = len(prefix)
    room = _MAX_LENGTH - (longest - n + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        short = _shorten(prefix, _MIN_BEGIN_LEN, room)
        return tuple(short + r[n:] for r in reprs)
    short = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(short + _shorten(r[n:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


class SkipTest(Exception):
    """Raise this to skip a test (`TestCase.skipTest` does)."""


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


# --- decorators -------------------------------------------------------------------

def _id(obj):
    return obj


def skip(reason):
    """Unconditionally skip a test (function or class)."""
    def decorator(test_item):
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if callable(reason) and not isinstance(reason, str):
        item = reason
        reason = ''
        return decorator(item)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# --- results ----------------------------------------------------------------------

class TestResult:
    """Collects the outcome of tests: `failures`, `errors`, `skipped`,
    `expectedFailures`, `unexpectedSuccesses`, `testsRun`, `shouldStop`."""

    _previousTestClass = None
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def _fail_fast(self):
        if self.failfast:
            self.stop()

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._fail_fast()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._fail_fast()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                self.failures.append((subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, self._exc_info_to_string(err, test)))
            self._fail_fast()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        self._fail_fast()

    def addDuration(self, test, elapsed):
        self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0 and
                not self.unexpectedSuccesses)

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        out = []
        self._format_cleaned(value, exctype is getattr(test, 'failureException', None),
                             set(), out)
        return ''.join(out)

    def _format_cleaned(self, value, is_failure, seen, out):
        # Like CPython: frames of unittest itself are hidden (those that run the test,
        # and, for a failure, the assert method's own frames).
        seen.add(id(value))
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            self._format_cleaned(cause, False, seen, out)
            out.append('\nThe above exception was the direct cause of the '
                       'following exception:\n\n')
        elif (context is not None and not value.__suppress_context__
              and id(context) not in seen):
            self._format_cleaned(context, False, seen, out)
            out.append('\nDuring handling of the above exception, another '
                       'exception occurred:\n\n')
        frames = _traceback.extract_tb(value)
        i = 0
        while i < len(frames) and _is_own_file(frames[i].filename):
            i += 1
        kept = []
        while i < len(frames):
            if is_failure and _is_own_file(frames[i].filename):
                break
            kept.append(frames[i])
            i += 1
        if kept:
            out.append('Traceback (most recent call last):\n')
            out.extend(_traceback.StackSummary.from_list(kept).format())
        out.extend(_traceback.format_exception_only(value))

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))


class _WritelnDecorator:
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def write(self, arg):
        return self.stream.write(arg)

    def flush(self):
        f = getattr(self.stream, 'flush', None)
        if f is not None:
            f()

    def writeln(self, arg=None):
        if arg:
            self.stream.write(arg)
        self.stream.write('\n')


class TextTestResult(TestResult):
    """Reports each test on a stream as it runs ('.', 'F', ... or 'ok', 'FAIL', ...)."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True
        self.durations = durations

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _dot(self, ch):
        self.stream.write(ch)
        self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            if self.showAll:
                self._write_status(subtest, "FAIL" if failed else "ERROR")
            elif self.dots:
                self._dot('F' if failed else 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        if self.showAll:
            self._write_status(test, "ok")
        elif self.dots:
            self._dot('.')

    def addError(self, test, err):
        super().addError(test, err)
        if self.showAll:
            self._write_status(test, "ERROR")
        elif self.dots:
            self._dot('E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        if self.showAll:
            self._write_status(test, "FAIL")
        elif self.dots:
            self._dot('F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        if self.showAll:
            self._write_status(test, "skipped {0!r}".format(reason))
        elif self.dots:
            self._dot('s')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        if self.showAll:
            self.stream.writeln("expected failure")
            self.stream.flush()
        elif self.dots:
            self._dot('x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        if self.showAll:
            self.stream.writeln("unexpected success")
            self.stream.flush()
        elif self.dots:
            self._dot('u')

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        if self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in self.unexpectedSuccesses:
                self.stream.writeln("UNEXPECTED SUCCESS: %s" % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


class TextTestRunner:
    """Runs tests and reports on `stream` (default `sys.stderr`)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False,
                 durations=None):
        if stream is None:
            stream = sys.stderr
        if buffer:
            raise NotImplementedError('unittest: buffer=True is not supported')
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        start = _time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        taken = _time.perf_counter() - start
        result.printErrors()
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" %
                            (run, "s" if run != 1 else "", taken))
        self.stream.writeln()
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                infos.append("failures=%d" % len(result.failures))
            if result.errors:
                infos.append("errors=%d" % len(result.errors))
        else:
            self.stream.write("OK")
        if result.skipped:
            infos.append("skipped=%d" % len(result.skipped))
        if result.expectedFailures:
            infos.append("expected failures=%d" % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append("unexpected successes=%d" % len(result.unexpectedSuccesses))
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


# --- test cases -------------------------------------------------------------------

class _Outcome:
    def __init__(self, result):
        self.result = result
        self.success = True
        self.expecting_failure = False
        self.expectedFailure = None


def _exc_info(e):
    return (type(e), e, e.__traceback__)


class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None and isinstance(expected_regex, str):
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.msg = msg
        self.obj_name = None
        self.exception = None

    def _check_types(self, name):
        exp = self.expected if isinstance(self.expected, tuple) else (self.expected,)
        for e in exp:
            if not (isinstance(e, type) and issubclass(e, BaseException)):
                raise TypeError('%s() arg 1 must be an exception type or tuple of '
                                'exception types' % name)

    def handle(self, name, args, kwargs):
        self._check_types(name)
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        callable_obj = args[0]
        args = args[1:]
        self.obj_name = getattr(callable_obj, '__name__', str(callable_obj))
        with self:
            callable_obj(*args, **kwargs)
        self.test_case = None

    def _raise_failure(self, standard):
        msg = self.test_case._formatMessage(self.msg, standard)
        raise self.test_case.failureException(msg)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            if isinstance(self.expected, tuple):
                exc_name = str(self.expected)
            else:
                exc_name = getattr(self.expected, '__name__', str(self.expected))
            if self.obj_name:
                self._raise_failure("{} not raised by {}".format(exc_name, self.obj_name))
            self._raise_failure("{} not raised".format(exc_name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(exc_value)):
            self._raise_failure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(exc_value)))
        return True


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        outcome = self.case._outcome
        self.parent = self.case._subtest
        if self.parent is None:
            params = dict(self.params)
        else:
            params = dict(self.parent.params)
            params.update(self.params)
        self.sub = _SubTest(self.case, self.msg, params)
        self.case._subtest = self.sub
        return None

    def __exit__(self, exc_type, exc_value, tb):
        case = self.case
        case._subtest = self.parent
        outcome = case._outcome
        if outcome is None:
            return False
        if exc_type is None:
            outcome.result.addSubTest(case, self.sub, None)
            return False
        if issubclass(exc_type, SkipTest):
            outcome.result.addSkip(self.sub, str(exc_value))
            return True
        if not issubclass(exc_type, Exception):
            return False
        outcome.success = False
        outcome.result.addSubTest(case, self.sub, _exc_info(exc_value))
        return True


_subtest_msg_sentinel = object()


class TestCase:
    """A test case: each `test*` method becomes one test."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _classSetupFailed = False
    _class_cleanups = []

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._subtest = None
        self._cleanups = []
        self._type_equality_funcs = {}
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" %
                                 (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self.addTypeEqualityFunc(dict, 'assertDictEqual')
        self.addTypeEqualityFunc(list, 'assertListEqual')
        self.addTypeEqualityFunc(tuple, 'assertTupleEqual')
        self.addTypeEqualityFunc(set, 'assertSetEqual')
        self.addTypeEqualityFunc(frozenset, 'assertSetEqual')
        self.addTypeEqualityFunc(str, 'assertMultiLineEqual')

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        result = cm.__enter__()
        self.addCleanup(cm.__exit__, None, None, None)
        return result

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        if '_class_cleanups' not in cls.__dict__:
            cls._class_cleanups = []
        cls._class_cleanups.append((function, args, kwargs))

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        if doc:
            return doc.strip().split("\n")[0].strip()
        return None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        return _SubTestContext(self, msg, params)

    def _call_part(self, outcome, func, is_test=False):
        # Runs setUp, the test or tearDown, recording what went wrong.
        old_success = outcome.success
        outcome.success = True
        try:
            func()
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            outcome.success = False
            outcome.result.addSkip(self, str(e))
        except _ShouldStop:
            pass
        except BaseException as e:
            if is_test and outcome.expecting_failure:
                outcome.expectedFailure = _exc_info(e)
            else:
                outcome.success = False
                if isinstance(e, self.failureException):
                    outcome.result.addFailure(self, _exc_info(e))
                else:
                    outcome.result.addError(self, _exc_info(e))
        outcome.success = outcome.success and old_success

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
            start_stop = True
            result.startTestRun()
        else:
            start_stop = False
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if (getattr(self.__class__, "__unittest_skip__", False) or
                    getattr(method, "__unittest_skip__", False)):
                why = (getattr(self.__class__, '__unittest_skip_why__', '')
                       or getattr(method, '__unittest_skip_why__', ''))
                result.addSkip(self, why)
                return result
            outcome = _Outcome(result)
            outcome.expecting_failure = (
                getattr(method, "__unittest_expecting_failure__", False) or
                getattr(self, "__unittest_expecting_failure__", False))
            self._outcome = outcome
            try:
                self._call_part(outcome, self.setUp)
                if outcome.success:
                    self._call_part(outcome, method, True)
                    self._call_part(outcome, self.tearDown)
                self._run_cleanups(outcome)
                if outcome.success:
                    if outcome.expecting_failure:
                        if outcome.expectedFailure:
                            result.addExpectedFailure(self, outcome.expectedFailure)
                        else:
                            result.addUnexpectedSuccess(self)
                    else:
                        result.addSuccess(self)
                return result
            finally:
                self._outcome = None
        finally:
            result.stopTest(self)
            if start_stop:
                result.stopTestRun()

    def _run_cleanups(self, outcome):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._call_part(outcome, lambda: function(*args, **kwargs))

    def doCleanups(self):
        outcome = self._outcome or _Outcome(TestResult())
        self._run_cleanups(outcome)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        errors = []
        cleanups = cls.__dict__.get('_class_cleanups', [])
        while cleanups:
            function, args, kwargs = cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception as e:
                errors.append(_exc_info(e))
        return errors

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def _fail(self, msg, standardMsg):
        raise self.failureException(self._formatMessage(msg, standardMsg))

    # --- assertions ---

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._fail(msg, "%s is not true" % safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        if expr:
            self._fail(msg, "%s is not false" % safe_repr(expr))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self)
        return context.handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, *args, **kwargs):
        raise NotImplementedError('unittest: assertWarns is not supported (no warnings)')

    def assertWarnsRegex(self, *args, **kwargs):
        raise NotImplementedError('unittest: assertWarnsRegex is not supported')

    def assertLogs(self, *args, **kwargs):
        raise NotImplementedError('unittest: assertLogs is not supported')

    def assertNoLogs(self, *args, **kwargs):
        raise NotImplementedError('unittest: assertNoLogs is not supported')

    def _getAssertEqualityFunc(self, first, second):
        if type(first) is type(second):
            name = self._type_equality_funcs.get(type(first))
            if name is not None:
                if isinstance(name, str):
                    return getattr(self, name)
                return name
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail(msg, '%s != %s' % _common_shorten_repr(first, second))

    def assertEqual(self, first, second, msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._fail(msg, '%s == %s' % (safe_repr(first), safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self._fail(msg, standardMsg)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = '%s == %s within %r places' % (
                safe_repr(first), safe_repr(second), places)
        self._fail(msg, standardMsg)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s'
                                            % (seq_type_name, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s'
                                            % (seq_type_name, safe_repr(seq2)))
        else:
            seq_type_name = "sequence"
        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = 'First %s has no length.    Non-sequence?' % seq_type_name
        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = 'Second %s has no length.    Non-sequence?' % seq_type_name
        if differing is None:
            if seq1 == seq2:
                return
            differing = '%ss differ: %s != %s\n' % (
                (seq_type_name.capitalize(),) + _common_shorten_repr(seq1, seq2))
            for i in range(min(len1, len2)):
                try:
                    item1 = seq1[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += ('\nUnable to index element %d of first %s\n' %
                                  (i, seq_type_name))
                    break
                try:
                    item2 = seq2[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += ('\nUnable to index element %d of second %s\n' %
                                  (i, seq_type_name))
                    break
                if item1 != item2:
                    differing += ('\nFirst differing element %d:\n%s\n%s\n' %
                                  ((i,) + _common_shorten_repr(item1, item2)))
                    break
            else:
                if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                    return
            if len1 > len2:
                differing += ('\nFirst %s contains %d additional elements.\n' %
                              (seq_type_name, len1 - len2))
                differing += ('First extra element %d:\n%s\n' %
                              (len2, safe_repr(seq1[len2])))
            elif len1 < len2:
                differing += ('\nSecond %s contains %d additional elements.\n' %
                              (seq_type_name, len2 - len1))
                differing += ('First extra element %d:\n%s\n' %
                              (len1, safe_repr(seq2[len1])))
            diff = '\n' + '\n'.join(_ndiff(_pformat(seq1).splitlines(),
                                            _pformat(seq2).splitlines()))
            differing = self._truncateMessage(differing, diff)
        self._fail(msg, differing)

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + ('\nDiff is %s characters long. Set self.maxDiff to None '
                          'to see it.' % len(diff))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            difference1 = set1.difference(set2)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            difference2 = set2.difference(set1)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append('Items in the first set but not the second:')
            for item in difference1:
                lines.append(repr(item))
        if difference2:
            lines.append('Items in the second set but not the first:')
            for item in difference2:
                lines.append(repr(item))
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        if not isinstance(d1, dict):
            raise self.failureException('First argument is not a dictionary')
        if not isinstance(d2, dict):
            raise self.failureException('Second argument is not a dictionary')
        if d1 != d2:
            standardMsg = '%s != %s' % _common_shorten_repr(d1, d2)
            diff = '\n' + '\n'.join(_ndiff(_pformat(d1).splitlines(),
                                            _pformat(d2).splitlines()))
            self._fail(msg, self._truncateMessage(standardMsg, diff))

    def assertMultiLineEqual(self, first, second, msg=None):
        if not isinstance(first, str):
            raise self.failureException('First argument is not a string')
        if not isinstance(second, str):
            raise self.failureException('Second argument is not a string')
        if first != second:
            if len(first) > 2 ** 16 or len(second) > 2 ** 16:
                self._baseAssertEqual(first, second, msg)
            firstlines = first.splitlines(True)
            secondlines = second.splitlines(True)
            if len(firstlines) == 1 and first.strip('\r\n') == first:
                firstlines = [first + '\n']
                secondlines = [second + '\n']
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            diff = '\n' + ''.join(_ndiff(firstlines, secondlines))
            self._fail(msg, self._truncateMessage(standardMsg, diff))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._fail(msg, '%s not found in %s' % (safe_repr(member),
                                                    safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._fail(msg, '%s unexpectedly found in %s' % (safe_repr(member),
                                                             safe_repr(container)))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._fail(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._fail(msg, 'unexpectedly identical: %s' % (safe_repr(expr1),))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._fail(msg, '%s is not None' % (safe_repr(obj),))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._fail(msg, 'unexpectedly None')

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._fail(msg, '%s is not an instance of %r' % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._fail(msg, '%s is an instance of %r' % (safe_repr(obj), cls))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._fail(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._fail(msg, '%s not less than or equal to %s' % (safe_repr(a),
                                                                 safe_repr(b)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._fail(msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._fail(msg, '%s not greater than or equal to %s' % (safe_repr(a),
                                                                    safe_repr(b)))

    def assertCountEqual(self, first, second, msg=None):
        first_seq, second_seq = list(first), list(second)
        try:
            diffs = _count_diff_hashable(first_seq, second_seq)
        except TypeError:
            diffs = _count_diff_all_purpose(first_seq, second_seq)
        if diffs:
            standardMsg = 'Element counts were not equal:\n'
            lines = ['First has %d, Second has %d:  %r' % d for d in diffs]
            self._fail(msg, standardMsg + '\n'.join(lines))

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, str):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._fail(msg, "Regex didn't match: %r not found in %r" %
                       (expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, str):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            self._fail(msg, 'Regex matched: %r matches %r in %r' %
                       (text[match.start():match.end()], unexpected_regex.pattern,
                        text))


def _count_diff_hashable(actual, expected):
    counts1 = {}
    for x in actual:
        counts1[x] = counts1.get(x, 0) + 1
    counts2 = {}
    for x in expected:
        counts2[x] = counts2.get(x, 0) + 1
    result = []
    for elem, n1 in counts1.items():
        n2 = counts2.get(elem, 0)
        if n1 != n2:
            result.append((n1, n2, elem))
    for elem, n2 in counts2.items():
        if elem not in counts1:
            result.append((0, n2, elem))
    return result


def _count_diff_all_purpose(actual, expected):
    # Unhashable elements: count by equality, in order of first appearance.
    s, t = list(actual), list(expected)
    used_s = [False] * len(s)
    used_t = [False] * len(t)
    result = []
    for i, elem in enumerate(s):
        if used_s[i]:
            continue
        cnt_s = 0
        for j in range(i, len(s)):
            if not used_s[j] and s[j] == elem:
                used_s[j] = True
                cnt_s += 1
        cnt_t = 0
        for j in range(len(t)):
            if not used_t[j] and t[j] == elem:
                used_t[j] = True
                cnt_t += 1
        if cnt_s != cnt_t:
            result.append((cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if used_t[i]:
            continue
        cnt_t = 0
        for j in range(i, len(t)):
            if not used_t[j] and t[j] == elem:
                used_t[j] = True
                cnt_t += 1
        result.append((0, cnt_t, elem))
    return result


class _SubTest(TestCase):
    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append("[{}]".format(self._message))
        if self.params:
            parts.append("({})".format(", ".join(
                "{}={!r}".format(k, v) for (k, v) in self.params.items())))
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


class FunctionTestCase(TestCase):
    """A test case wrapping a plain function."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


# --- suites -----------------------------------------------------------------------

class _ErrorHolder:
    """Stands for a class fixture (setUpClass/tearDownClass) that failed."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class TestSuite:
    """An ordered collection of tests and suites; running it runs each in turn,
    calling each TestCase class's setUpClass/tearDownClass around its tests."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self._tests)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result, debug=False):
        top_level = False
        if not getattr(result, '_testRunEntered', False):
            result._testRunEntered = top_level = True
        for test in self._tests:
            if result.shouldStop:
                break
            if isinstance(test, TestCase) and not isinstance(test, _SubTest):
                self._tear_down_previous_class(test, result)
                self._set_up_class(test, result)
                if test.__class__._classSetupFailed:
                    continue
            test(result)
        if top_level:
            self._tear_down_previous_class(None, result)
            result._testRunEntered = False
        return result

    def debug(self):
        for test in self._tests:
            test.debug()

    def _set_up_class(self, test, result):
        cls = test.__class__
        if getattr(result, '_previousTestClass', None) is cls:
            return
        result._previousTestClass = cls
        cls._classSetupFailed = False
        if getattr(cls, '__unittest_skip__', False):
            return
        try:
            cls.setUpClass()
        except Exception as e:
            cls._classSetupFailed = True
            self._add_class_error(result, e, 'setUpClass', strclass(cls))
            for err in cls.doClassCleanups():
                self._add_class_error(result, err[1], 'setUpClass', strclass(cls))

    def _tear_down_previous_class(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        cls = test.__class__ if test is not None else None
        if previous is None or cls is previous:
            return
        if test is None:
            result._previousTestClass = None
        if previous._classSetupFailed or getattr(previous, '__unittest_skip__', False):
            return
        try:
            previous.tearDownClass()
        except Exception as e:
            self._add_class_error(result, e, 'tearDownClass', strclass(previous))
        for err in previous.doClassCleanups():
            self._add_class_error(result, err[1], 'tearDownClass', strclass(previous))

    def _add_class_error(self, result, exc, method, parent):
        holder = _ErrorHolder('%s (%s)' % (method, parent))
        if isinstance(exc, SkipTest):
            result.addSkip(holder, str(exc))
        else:
            result.addError(holder, _exc_info(exc))


# --- loading ----------------------------------------------------------------------

class TestLoader:
    """Builds suites from TestCase classes, modules and dotted names."""

    testMethodPrefix = 'test'
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def sortTestMethodsUsing(self, x, y):
        return (x > y) - (x < y)

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite."
                            " Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and \
                    obj is not TestCase and obj is not FunctionTestCase:
                tests.append(self.loadTestsFromTestCase(obj))
        if hasattr(module, 'load_tests'):
            raise NotImplementedError('unittest: the load_tests protocol is not supported')
        return self.suiteClass(tests)

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module = __import__('.'.join(parts_copy))
                    break
                except ImportError:
                    del parts_copy[-1]
                    if not parts_copy:
                        raise
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(parent, type) and issubclass(parent, TestCase) and parts and
                callable(obj)):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            if isinstance(test, TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        prefix = self.testMethodPrefix
        names = [n for n in dir(testCaseClass)
                 if n.startswith(prefix) and callable(getattr(testCaseClass, n))]
        if self.testNamePatterns is not None:
            raise NotImplementedError('unittest: testNamePatterns is not supported')
        key = _cmp_key(self.sortTestMethodsUsing)
        names.sort(key=key)
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        raise NotImplementedError('unittest: test discovery is not supported')


def _cmp_key(cmp):
    class K:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return cmp(self.obj, other.obj) < 0
    return K


defaultTestLoader = TestLoader()


def getTestCaseNames(testCaseClass, prefix, sortUsing=None, testNamePatterns=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    if sortUsing is not None:
        loader.sortTestMethodsUsing = sortUsing
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=None, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.suiteClass = suiteClass
    return loader.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=None, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.suiteClass = suiteClass
    return loader.loadTestsFromModule(module)


def addModuleCleanup(function, /, *args, **kwargs):
    raise NotImplementedError('unittest: module fixtures are not supported')


def installHandler():
    raise NotImplementedError('unittest: catchbreak is not supported')


def registerResult(result):
    pass


def removeResult(result):
    return False


def removeHandler(method=None):
    if method is not None:
        return method
    return None


# --- main -------------------------------------------------------------------------

_USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [-f] [tests ...]
"""


class TestProgram:
    """Runs the tests of a module (default `__main__`) from the command line:
    `unittest.main()`."""

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=defaultTestLoader, exit=True,
                 verbosity=1, failfast=None, catchbreak=None, buffer=None,
                 warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = sys.modules[module]
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].rsplit('/', 1)[-1] if argv else 'python'
        self.parseArgs(argv)
        self.runTests()

    def parseArgs(self, argv):
        names = []
        for arg in argv[1:]:
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg in ('-b', '--buffer', '-c', '--catch', '-k', '--locals') or \
                    arg.startswith('-'):
                raise NotImplementedError('unittest.main: option %s is not supported'
                                          % arg)
            else:
                names.append(arg)
        if names:
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=bool(self.failfast))
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


# CPython defines these in submodules of the package; their reprs and tracebacks name
# those modules.
for _cls, _mod in ((TestResult, 'unittest.result'), (TextTestResult, 'unittest.runner'),
                   (TextTestRunner, 'unittest.runner'), (TestCase, 'unittest.case'),
                   (FunctionTestCase, 'unittest.case'), (SkipTest, 'unittest.case'),
                   (TestSuite, 'unittest.suite'), (TestLoader, 'unittest.loader'),
                   (TestProgram, 'unittest.main')):
    _cls.__module__ = _mod
del _cls, _mod
