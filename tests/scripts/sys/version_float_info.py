# sys.version_info, sys.float_info and sys.int_info are struct sequences: tuples with named fields.
import sys
v = sys.version_info
print(v.major, v.minor >= 0, v.releaselevel, v[0], v[:2] >= (3, 8), v >= (3, 0), type(v).__name__, isinstance(v, tuple), len(v))  # expect: 3 True final 3 True True version_info True 5
print(repr(sys.float_info).split(",")[0])  # expect: sys.float_info(max=1.7976931348623157e+308
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.min, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info[0])  # expect: 2.220446049250313e-16 1.7976931348623157e+308 2.2250738585072014e-308 15 53 1.7976931348623157e+308
print(repr(sys.int_info), sys.int_info.bits_per_digit)  # expect: sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640) 30
major, minor, *_ = sys.version_info
print(major)  # expect: 3
print(type(v), type(sys.float_info))  # expect: <class 'sys.version_info'> <class 'sys.float_info'>
print(hash(v) == hash(tuple(v)), v == tuple(v), list(v)[0])  # expect: True True 3
if sys.version_info.major < 3:
    print("old")
else:
    print("py3")  # expect: py3
