def area(width, height):
    result = width * heigth
    return result

area(2, 3)
