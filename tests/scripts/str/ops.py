print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -1 == "")  # expect: abcd ababab xxx  True
print("a" in "abc", "bc" in "abc", "" in "abc", "d" not in "abc")  # expect: True True True True
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "abc" == "abc")  # expect: True False True True True
print("apple" > "Apple", max("hello"), min("hello"))  # expect: True o e
s = "x"
s += "y"
s *= 2
print(s)  # expect: xyxy
print(sorted(["banana", "Apple", "cherry", "apple"]))  # expect: ['Apple', 'apple', 'banana', 'cherry']
