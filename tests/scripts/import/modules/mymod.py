"""Helper module for import tests."""
VALUE = 42
counter = 0
print("mymod loading")
def greet(name):
    return "hello " + name
class Thing:
    def __init__(self, v):
        self.v = v
    def double(self):
        return self.v * 2
def bump():
    global counter
    counter += 1
    return counter
