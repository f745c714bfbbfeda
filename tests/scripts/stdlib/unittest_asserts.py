# unittest assert* methods: what passes, and CPython's failure messages.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print(name, 'FAIL:', str(e))
    else:
        print(name, 'ok')


check('assertEqual', 1, 1)  # expect: assertEqual ok
check('assertEqual', 1, 2)  # expect: assertEqual FAIL: 1 != 2
check('assertEqual', 1, 2, 'custom')  # expect: assertEqual FAIL: 1 != 2 : custom
check('assertEqual', 'a' * 100, 'a' * 99 + 'b')  # expect: assertEqual FAIL: 'aaaa[34 chars]aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' != 'aaaa[34 chars]aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab'
# expect: - aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
# expect: ?                                                                                                    ^
# expect: + aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab
# expect: ?                                                                                                    ^
# expect:
check('assertEqual', [1, 2, 3], [1, 2, 4, 5])  # expect: assertEqual FAIL: Lists differ: [1, 2, 3] != [1, 2, 4, 5]
# expect:
# expect: First differing element 2:
# expect: 3
# expect: 4
# expect:
# expect: Second list contains 1 additional elements.
# expect: First extra element 3:
# expect: 5
# expect:
# expect: - [1, 2, 3]
# expect: ?        ^
# expect:
# expect: + [1, 2, 4, 5]
# expect: ?        ^^^^
# expect:
check('assertEqual', [1, 2], [1, 2, 3])  # expect: assertEqual FAIL: Lists differ: [1, 2] != [1, 2, 3]
# expect:
# expect: Second list contains 1 additional elements.
# expect: First extra element 2:
# expect: 3
# expect:
# expect: - [1, 2]
# expect: + [1, 2, 3]
# expect: ?      +++
# expect:
check('assertEqual', (1, 2, 3), (1, 2))  # expect: assertEqual FAIL: Tuples differ: (1, 2, 3) != (1, 2)
# expect:
# expect: First tuple contains 1 additional elements.
# expect: First extra element 2:
# expect: 3
# expect:
# expect: - (1, 2, 3)
# expect: ?      ---
# expect:
# expect: + (1, 2)
check('assertEqual', {'a': 1}, {'a': 2})  # expect: assertEqual FAIL: {'a': 1} != {'a': 2}
# expect: - {'a': 1}
# expect: ?       ^
# expect:
# expect: + {'a': 2}
# expect: ?       ^
# expect:
check('assertEqual', {1, 2}, {2, 3})  # expect: assertEqual FAIL: Items in the first set but not the second:
# expect: 1
# expect: Items in the second set but not the first:
# expect: 3
check('assertEqual', 'abc', 'abc')  # expect: assertEqual ok
check('assertNotEqual', 1, 1)  # expect: assertNotEqual FAIL: 1 == 1
check('assertNotEqual', 1, 2)  # expect: assertNotEqual ok
check('assertTrue', 0)  # expect: assertTrue FAIL: 0 is not true
check('assertTrue', [1])  # expect: assertTrue ok
check('assertFalse', 'x')  # expect: assertFalse FAIL: 'x' is not false
check('assertIs', None, 0)  # expect: assertIs FAIL: None is not 0
check('assertIsNot', t, t)  # expect: assertIsNot FAIL: unexpectedly identical: <__main__.T testMethod=runTest>
check('assertIsNone', 5)  # expect: assertIsNone FAIL: 5 is not None
check('assertIsNotNone', None)  # expect: assertIsNotNone FAIL: unexpectedly None
check('assertIn', 4, [1, 2])  # expect: assertIn FAIL: 4 not found in [1, 2]
check('assertNotIn', 1, [1, 2])  # expect: assertNotIn FAIL: 1 unexpectedly found in [1, 2]
check('assertIsInstance', 1, str)  # expect: assertIsInstance FAIL: 1 is not an instance of <class 'str'>
check('assertNotIsInstance', 1, int)  # expect: assertNotIsInstance FAIL: 1 is an instance of <class 'int'>
check('assertAlmostEqual', 1.0, 1.00000001)  # expect: assertAlmostEqual ok
check('assertAlmostEqual', 1.0, 1.1)  # expect: assertAlmostEqual FAIL: 1.0 != 1.1 within 7 places (0.10000000000000009 difference)
check('assertAlmostEqual', 1.0, 1.1, places=0)  # expect: assertAlmostEqual ok
check('assertAlmostEqual', 10, 12, delta=1)  # expect: assertAlmostEqual FAIL: 10 != 12 within 1 delta (2 difference)
check('assertAlmostEqual', 10, 12, delta=3)  # expect: assertAlmostEqual ok
check('assertNotAlmostEqual', 1.0, 1.00000001)  # expect: assertNotAlmostEqual FAIL: 1.0 == 1.00000001 within 7 places
check('assertNotAlmostEqual', 10, 12, delta=3)  # expect: assertNotAlmostEqual FAIL: 10 == 12 within 3 delta (2 difference)
check('assertGreater', 1, 2)  # expect: assertGreater FAIL: 1 not greater than 2
check('assertGreaterEqual', 1, 2)  # expect: assertGreaterEqual FAIL: 1 not greater than or equal to 2
check('assertLess', 2, 1)  # expect: assertLess FAIL: 2 not less than 1
check('assertLessEqual', 2, 1)  # expect: assertLessEqual FAIL: 2 not less than or equal to 1
check('assertCountEqual', [1, 2, 2], [2, 1, 2])  # expect: assertCountEqual ok
check('assertCountEqual', [1, 2, 2, 'a'], [2, 1, 3])  # expect: assertCountEqual FAIL: Element counts were not equal:
# expect: First has 2, Second has 1:  2
# expect: First has 1, Second has 0:  'a'
# expect: First has 0, Second has 1:  3
check('assertCountEqual', [[1], [2]], [[2], [2]])  # expect: assertCountEqual FAIL: Element counts were not equal:
# expect: First has 1, Second has 0:  [1]
# expect: First has 1, Second has 2:  [2]
check('assertRegex', 'hello', 'h.l')  # expect: assertRegex ok
check('assertRegex', 'hello', 'x+')  # expect: assertRegex FAIL: Regex didn't match: 'x+' not found in 'hello'
check('assertNotRegex', 'hello', 'l+')  # expect: assertNotRegex FAIL: Regex matched: 'll' matches 'l+' in 'hello'
check('assertListEqual', [1], [2])  # expect: assertListEqual FAIL: Lists differ: [1] != [2]
# expect:
# expect: First differing element 0:
# expect: 1
# expect: 2
# expect:
# expect: - [1]
# expect: + [2]
check('assertTupleEqual', (1,), (2,))  # expect: assertTupleEqual FAIL: Tuples differ: (1,) != (2,)
# expect:
# expect: First differing element 0:
# expect: 1
# expect: 2
# expect:
# expect: - (1,)
# expect: ?  ^
# expect:
# expect: + (2,)
# expect: ?  ^
# expect:
check('assertDictEqual', {}, {'x': 1})  # expect: assertDictEqual FAIL: {} != {'x': 1}
# expect: - {}
# expect: + {'x': 1}
check('assertSetEqual', {1}, {1})  # expect: assertSetEqual ok
check('assertSetEqual', set(), {3})  # expect: assertSetEqual FAIL: Items in the second set but not the first:
# expect: 3
check('assertSequenceEqual', [1, 2], (1, 2))  # expect: assertSequenceEqual ok
check('fail', 'boom')  # expect: fail FAIL: boom
try:
    t.assertAlmostEqual(1, 2, places=1, delta=1)
except TypeError as e:
    print('TypeError:', e)  # expect: TypeError: specify delta or places not both

with t.assertRaises(ValueError) as cm:
    int('x')
print(type(cm.exception).__name__, cm.exception)  # expect: ValueError invalid literal for int() with base 10: 'x'
try:
    with t.assertRaises(ValueError):
        pass
except AssertionError as e:
    print(e)  # expect: ValueError not raised
try:
    with t.assertRaises((ValueError, TypeError)):
        pass
except AssertionError as e:
    print(e)  # expect: (<class 'ValueError'>, <class 'TypeError'>) not raised
try:
    with t.assertRaises(ValueError, msg='extra'):
        pass
except AssertionError as e:
    print(e)  # expect: ValueError not raised : extra
try:
    with t.assertRaises(ValueError):
        raise KeyError('other')
except KeyError as e:
    print('propagated', repr(e))  # expect: propagated KeyError('other')
t.assertRaises(ZeroDivisionError, lambda: 1 / 0)


def quiet():
    return 1


try:
    t.assertRaises(ZeroDivisionError, quiet)
except AssertionError as e:
    print(e)  # expect: ZeroDivisionError not raised by quiet
cm = t.assertRaises(KeyError, {}.__getitem__, 'k')
print(cm)  # expect: None
with t.assertRaisesRegex(ValueError, 'invalid literal') as cm:
    int('x')
print(cm.exception.args)  # expect: ("invalid literal for int() with base 10: 'x'",)
try:
    with t.assertRaisesRegex(ValueError, '^nope'):
        raise ValueError('value')
except AssertionError as e:
    print(e)  # expect: "^nope" does not match "value"
try:
    t.assertRaises(3)
except TypeError as e:
    print(e)  # expect: assertRaises() arg 1 must be an exception type or tuple of exception types

# The ndiff part of long messages.
check('assertEqual', 'one\ntwo\nthree\n', 'one\ntoo\nthree\nfour\n')  # expect: assertEqual FAIL: 'one\ntwo\nthree\n' != 'one\ntoo\nthree\nfour\n'
# expect:   one
# expect: - two
# expect: ?  ^
# expect: + too
# expect: ?  ^
# expect:   three
# expect: + four
# expect:
check('assertEqual', 'alpha beta\tgamma', 'alpha  beta gamma!')  # expect: assertEqual FAIL: 'alpha beta\tgamma' != 'alpha  beta gamma!'
# expect: - alpha beta	gamma
# expect: ?           ^
# expect: + alpha  beta gamma!
# expect: ?       +    ^     +
# expect:
check('assertEqual', 'x\n', 'y')  # expect: assertEqual FAIL: 'x\n' != 'y'
# expect: - x
# expect: + y
check('assertEqual', list(range(30)), list(range(1, 31)))  # expect: assertEqual FAIL: Lists differ: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,[63 chars], 29] != [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13[64 chars], 30]
# expect:
# expect: First differing element 0:
# expect: 0
# expect: 1
# expect:
# expect: + [1,
# expect: - [0,
# expect: -  1,
# expect:    2,
# expect:    3,
# expect:    4,
# expect:    5,
# expect:    6,
# expect:    7,
# expect:    8,
# expect:    9,
# expect:    10,
# expect:    11,
# expect:    12,
# expect:    13,
# expect:    14,
# expect:    15,
# expect:    16,
# expect:    17,
# expect:    18,
# expect:    19,
# expect:    20,
# expect:    21,
# expect:    22,
# expect:    23,
# expect:    24,
# expect:    25,
# expect:    26,
# expect:    27,
# expect:    28,
# expect: -  29]
# expect: ?    ^
# expect:
# expect: +  29,
# expect: ?    ^
# expect:
# expect: +  30]
check('assertEqual', {'key%d' % i: i for i in range(8)}, {'key%d' % i: -i for i in range(8)})  # expect: assertEqual FAIL: {'key0': 0, 'key1': 1, 'key2': 2, 'key3': 3, 'key4': 4, 'key5[22 chars]': 7} != {'key0': 0, 'key1': -1, 'key2': -2, 'key3': -3, 'key4': -4, '[29 chars]: -7}
# expect:   {'key0': 0,
# expect: -  'key1': 1,
# expect: +  'key1': -1,
# expect: ?          +
# expect:
# expect: -  'key2': 2,
# expect: +  'key2': -2,
# expect: ?          +
# expect:
# expect: -  'key3': 3,
# expect: +  'key3': -3,
# expect: ?          +
# expect:
# expect: -  'key4': 4,
# expect: +  'key4': -4,
# expect: ?          +
# expect:
# expect: -  'key5': 5,
# expect: +  'key5': -5,
# expect: ?          +
# expect:
# expect: -  'key6': 6,
# expect: +  'key6': -6,
# expect: ?          +
# expect:
# expect: -  'key7': 7}
# expect: +  'key7': -7}
# expect: ?          +
# expect:
check('assertEqual', [[1, 2], 'spam', (3, 4)], [[1, 3], 'spam', (3, 4), None])  # expect: assertEqual FAIL: Lists differ: [[1, 2], 'spam', (3, 4)] != [[1, 3], 'spam', (3, 4), None]
# expect:
# expect: First differing element 0:
# expect: [1, 2]
# expect: [1, 3]
# expect:
# expect: Second list contains 1 additional elements.
# expect: First extra element 3:
# expect: None
# expect:
# expect: - [[1, 2], 'spam', (3, 4)]
# expect: ?      ^
# expect:
# expect: + [[1, 3], 'spam', (3, 4), None]
# expect: ?      ^                 ++++++
# expect:
check('assertEqual', list(range(200)), list(range(199)) + [0])  # expect: assertEqual FAIL: Lists differ: [0, 1[822 chars]87, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199] != [0, 1[822 chars]87, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 0]
# expect:
# expect: First differing element 199:
# expect: 199
# expect: 0
# expect:
# expect: Diff is 1496 characters long. Set self.maxDiff to None to see it.
t.maxDiff = None
check('assertEqual', list(range(100)), list(range(101)))  # expect: assertEqual FAIL: Lists differ: [0, 1[327 chars]5, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99] != [0, 1[327 chars]5, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100]
# expect:
# expect: Second list contains 1 additional elements.
# expect: First extra element 100:
# expect: 100
# expect:
# expect:   [0,
# expect:    1,
# expect:    2,
# expect:    3,
# expect:    4,
# expect:    5,
# expect:    6,
# expect:    7,
# expect:    8,
# expect:    9,
# expect:    10,
# expect:    11,
# expect:    12,
# expect:    13,
# expect:    14,
# expect:    15,
# expect:    16,
# expect:    17,
# expect:    18,
# expect:    19,
# expect:    20,
# expect:    21,
# expect:    22,
# expect:    23,
# expect:    24,
# expect:    25,
# expect:    26,
# expect:    27,
# expect:    28,
# expect:    29,
# expect:    30,
# expect:    31,
# expect:    32,
# expect:    33,
# expect:    34,
# expect:    35,
# expect:    36,
# expect:    37,
# expect:    38,
# expect:    39,
# expect:    40,
# expect:    41,
# expect:    42,
# expect:    43,
# expect:    44,
# expect:    45,
# expect:    46,
# expect:    47,
# expect:    48,
# expect:    49,
# expect:    50,
# expect:    51,
# expect:    52,
# expect:    53,
# expect:    54,
# expect:    55,
# expect:    56,
# expect:    57,
# expect:    58,
# expect:    59,
# expect:    60,
# expect:    61,
# expect:    62,
# expect:    63,
# expect:    64,
# expect:    65,
# expect:    66,
# expect:    67,
# expect:    68,
# expect:    69,
# expect:    70,
# expect:    71,
# expect:    72,
# expect:    73,
# expect:    74,
# expect:    75,
# expect:    76,
# expect:    77,
# expect:    78,
# expect:    79,
# expect:    80,
# expect:    81,
# expect:    82,
# expect:    83,
# expect:    84,
# expect:    85,
# expect:    86,
# expect:    87,
# expect:    88,
# expect:    89,
# expect:    90,
# expect:    91,
# expect:    92,
# expect:    93,
# expect:    94,
# expect:    95,
# expect:    96,
# expect:    97,
# expect:    98,
# expect: -  99]
# expect: ?    ^
# expect:
# expect: +  99,
# expect: ?    ^
# expect:
# expect: +  100]
t.maxDiff = 640
t.longMessage = False
check('assertEqual', 1, 2, 'only mine')  # expect: assertEqual FAIL: only mine
check('assertEqual', 1, 2)  # expect: assertEqual FAIL: 1 != 2
