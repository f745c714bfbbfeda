tests = ["123", "abc", "ABC", "aBc", "a1", "   ", "", "\t\n", "Abc Def", "١٢٣", "x y"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace(), t.isalnum(), t.isupper(), t.islower(), t.isdecimal(), t.isnumeric())  # expect: '123' True False False True False False True True
    # expect: 'abc' False True False True False True False False
    # expect: 'ABC' False True False True True False False False
    # expect: 'aBc' False True False True False False False False
    # expect: 'a1' False False False True False True False False
    # expect: '   ' False False True False False False False False
    # expect: '' False False False False False False False False
    # expect: '\t\n' False False True False False False False False
    # expect: 'Abc Def' False False False False False False False False
    # expect: '١٢٣' True False False True False False True True
    # expect: 'x y' False False False False False True False False
print("Title Case".istitle(), "not Title".istitle())  # expect: True False
print("abc_1".isidentifier(), "1abc".isidentifier())  # expect: True False
