def greet(name):
    return "hello " + name

message = greet(42)
