# int() and float() of a str accept Unicode decimal digits and spaces (not of bytes).
for s in ['١٢', '٣', '１２', '\u2003 42\u3000', '𝟗𝟖', '𝟶𝟷', '৭', '߂', '႒', '꧑', '²', '½', 'Ⅻ', '①', '12\xa0', '-٣', '0x١']:
    for f in (int, float):
        try:
            print(repr(s), f.__name__, f(s))
        except ValueError as e:
            print(repr(s), f.__name__, 'ValueError', e)
print(int('١٠', 16), int('٣٣', 8))
try:
    float(b'\xd9\xa3')
except ValueError as e: print(e)
try:
    int(b'\xd9\xa3')
except ValueError as e: print(e)

# expect: '١٢' int 12
# expect: '١٢' float 12.0
# expect: '٣' int 3
# expect: '٣' float 3.0
# expect: '１２' int 12
# expect: '１２' float 12.0
# expect: '\u2003 42\u3000' int 42
# expect: '\u2003 42\u3000' float 42.0
# expect: '𝟗𝟖' int 98
# expect: '𝟗𝟖' float 98.0
# expect: '𝟶𝟷' int 1
# expect: '𝟶𝟷' float 1.0
# expect: '৭' int 7
# expect: '৭' float 7.0
# expect: '߂' int 2
# expect: '߂' float 2.0
# expect: '႒' int 2
# expect: '႒' float 2.0
# expect: '꧑' int 1
# expect: '꧑' float 1.0
# expect: '²' int ValueError invalid literal for int() with base 10: '²'
# expect: '²' float ValueError could not convert string to float: '²'
# expect: '½' int ValueError invalid literal for int() with base 10: '½'
# expect: '½' float ValueError could not convert string to float: '½'
# expect: 'Ⅻ' int ValueError invalid literal for int() with base 10: 'Ⅻ'
# expect: 'Ⅻ' float ValueError could not convert string to float: 'Ⅻ'
# expect: '①' int ValueError invalid literal for int() with base 10: '①'
# expect: '①' float ValueError could not convert string to float: '①'
# expect: '12\xa0' int 12
# expect: '12\xa0' float 12.0
# expect: '-٣' int -3
# expect: '-٣' float -3.0
# expect: '0x١' int ValueError invalid literal for int() with base 10: '0x١'
# expect: '0x١' float ValueError could not convert string to float: '0x١'
# expect: 16 27
# expect: could not convert string to float: b'\xd9\xa3'
# expect: invalid literal for int() with base 10: b'\xd9\xa3'
