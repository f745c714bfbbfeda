from enum import Enum, IntEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return "%s is %d" % (self.name, self.value)
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.CRIMSON is Color.RED)  # expect: Color.RED <Color.GREEN: 2> Color.BLUE Color.RED True
print(list(Color), len(Color), Color.RED in Color, Color.RED.describe())  # expect: [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>] 3 True RED is 1
print(f"{Color.BLUE}", Color.RED == Color.RED, Color.RED == 1, isinstance(Color.RED, Color))  # expect: Color.BLUE True False True
print(list(Color.__members__))  # expect: ['RED', 'GREEN', 'BLUE', 'CRIMSON']
try: Color(7)
except ValueError as e: print(e)  # expect: 7 is not a valid Color
try: Color['X']
except KeyError as e: print("KeyError", e)  # expect: KeyError 'X'
class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = 10
print(Level.LOW, repr(Level.MID), Level.HIGH + 1, Level(2), Level.LOW < Level.HIGH, sorted([Level.HIGH, Level.LOW]))  # expect: 1 <Level.MID: 2> 11 2 True [<Level.LOW: 1>, <Level.HIGH: 10>]
print([m.name for m in Level], Level.MID == 2, f"{Level.MID:>3}")  # expect: ['LOW', 'MID', 'HIGH'] True   2
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.MARS.mass, Planet.EARTH.value)  # expect: 6.42e+23 (5.97e+24, 6370000.0)
d = {Color.RED: 'r'}; print(d[Color.RED])  # expect: r
try:
    @unique
    class S(Enum):
        A = 1
        B = 1
except ValueError as e: print("dup", e)  # expect: dup duplicate values found in <enum 'S'>: B -> A
