class Base:
    def area(self):
        raise NotImplementedError("subclass must implement")
class Sq(Base):
    def area(self):
        return 4
for obj in (Sq(), Base()):
    try:
        print(obj.area())  # expect: 4
    except NotImplementedError as e:
        print("NotImplementedError:", e)  # expect: NotImplementedError: subclass must implement
print(NotImplemented, type(NotImplemented).__name__)  # expect: NotImplemented NotImplementedType
