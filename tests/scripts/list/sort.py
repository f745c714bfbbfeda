a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)  # expect: [1, 2, 5, 5, 6, 9]
a.sort(reverse=True)
print(a)  # expect: [9, 6, 5, 5, 2, 1]
words = ["banana", "pie", "Apple", "fig", "cherry"]
print(sorted(words))  # expect: ['Apple', 'banana', 'cherry', 'fig', 'pie']
print(sorted(words, key=len))  # expect: ['pie', 'fig', 'Apple', 'banana', 'cherry']
print(sorted(words, key=str.lower))  # expect: ['Apple', 'banana', 'cherry', 'fig', 'pie']
print(sorted(words, key=lambda w: (len(w), w), reverse=True))  # expect: ['cherry', 'banana', 'Apple', 'pie', 'fig']
b = [3, 1, 2]
print(b.sort(), b)  # expect: None [1, 2, 3]
