class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, " + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def kind(self):
        return "puppy, " + super(Puppy, self).kind()
p = Puppy("Rex", 1)
print(p.speak(), "|", p.kind(), "|", p.age)  # expect: Rex says woof | puppy, dog, animal | 1
print(isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog))  # expect: True True False
print([c.__name__ for c in Puppy.__mro__])  # expect: ['Puppy', 'Dog', 'Animal', 'object']
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)  # expect: Dog object
print(Animal("cat").speak())  # expect: cat says ...
