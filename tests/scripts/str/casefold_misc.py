print("Straße".casefold())  # expect: strasse
print("abc".removeprefix("a"), "abc".removesuffix("c"), "abc".removeprefix("x"))  # expect: bc ab abc
print("%s" % "x".join(["1", "2"]))  # expect: 1x2
print("hello".index("l"), "hello".rindex("l"))  # expect: 2 3
