# bytes(x) calls x.__bytes__(); a property takes its __doc__ from the getter's docstring.
class Packet:
    def __init__(self, payload):
        self.payload = payload

    def __bytes__(self):
        return b"\x01" + self.payload


print(bytes(Packet(b"ab")), bytes(Packet(b"")))  # expect: b'\x01ab' b'\x01'


class Bad:
    def __bytes__(self):
        return "not bytes"


try:
    bytes(Bad())
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: __bytes__ returned non-bytes (type str)


class MyBytes(bytes):
    pass


r = MyBytes(Packet(b"z"))
print(type(r).__name__, r)  # expect: MyBytes b'\x01z'
print(bytes(b"plain"), bytes([65, 66]), bytes("é", "utf-8"))  # expect: b'plain' b'AB' b'\xc3\xa9'


class Temp:
    def __init__(self):
        self._c = 20

    @property
    def celsius(self):
        "Temperature in degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @property
    def nodoc(self):
        return 1

    explicit = property(lambda self: 2, doc="given")


print(Temp.celsius.__doc__, Temp.nodoc.__doc__, Temp.explicit.__doc__)  # expect: Temperature in degrees Celsius. None given
t = Temp()
t.celsius = 25
print(t.celsius, t.explicit)  # expect: 25 2
