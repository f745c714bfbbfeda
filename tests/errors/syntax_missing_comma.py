points = [1 2, 3]
