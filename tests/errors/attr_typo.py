xs = [1, 2, 3]
xs.apend(4)
