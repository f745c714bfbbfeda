# uuid: parsing, every view of the 128 bits, errors, and the name-based/random UUIDs.
import uuid
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(repr(u), str(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.version, u.variant, u.urn, u.time, u.clock_seq, u.node, u.is_safe, repr(u.is_safe))
for e in ['uuid.UUID()','uuid.UUID("xyz")','uuid.UUID(bytes=b"a")','uuid.UUID(bytes_le=b"a")','uuid.UUID(int=-1)','uuid.UUID(int=1<<128)','uuid.UUID(int=5, version=6)','uuid.UUID(fields=(1,2,3))','uuid.UUID(fields=(1<<32,2,3,4,5,6))','uuid.UUID(fields=(1,2,1<<16,4,5,6))','uuid.UUID(fields=(1,2,3,4,5,1<<48))','uuid.UUID(int=5, hex="00")','u.x', 'setattr(u, "int", 3)','uuid.UUID(int=0) < uuid.UUID(int=1)','uuid.UUID(int=0) == 0','uuid.UUID(int=0) != uuid.UUID(int=0)','uuid.UUID(int=0) < 0','int(uuid.UUID(int=7))','uuid.UUID("urn:uuid:12345678123456781234567812345678")','uuid.NAMESPACE_X500','uuid.RESERVED_NCS','uuid.UUID(int=0).variant','uuid.UUID(int=0).version','uuid.UUID(int=(0xc000<<48)).variant','uuid.UUID(int=(0xe000<<48)).variant','uuid.UUID(fields=(1,2,3,4,5,6)).int','uuid.UUID(bytes_le=bytes(range(16)))','uuid.UUID(bytes=bytes(range(16))).bytes_le','hash(uuid.UUID(int=5))==hash(5)','uuid.UUID("12345678-1234-5678-1234-567812345678", version=4)','uuid.UUID("12345678-1234-5678-1234-567812345678", version=4).version','uuid.SafeUUID.safe','uuid.uuid3("x","y")','uuid.UUID(hex=" 12345678123456781234567812345678 ")','sorted([uuid.UUID(int=3), uuid.UUID(int=1)])','{uuid.UUID(int=3): 1}[uuid.UUID(int=3)]','uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).is_safe','uuid.NAMESPACE_DNS.fields','uuid.UUID(int=7).__class__.__name__']:
  try: print(e, '->', repr(eval(e)))
  except Exception as x: print(e, '-> EXC', type(x).__name__, x)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://x/\u00e9"), uuid.uuid5(uuid.NAMESPACE_OID, ""))
for f in [lambda: uuid.uuid3(uuid.NAMESPACE_URL, b"x"), lambda: uuid.uuid5("x", "y")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
v4 = uuid.uuid4()
print(v4.version, v4.variant, len(str(v4)), v4 != uuid.uuid4(), uuid.UUID(str(v4)) == v4)
v1 = uuid.uuid1()
print(v1.version, v1.variant, v1.node == uuid.getnode(), uuid.uuid1().time > v1.time)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc,
      uuid.uuid1(node=1, clock_seq=0x1234).clock_seq)

# expect: UUID('12345678-1234-5678-1234-567812345678') 12345678-1234-5678-1234-567812345678 12345678123456781234567812345678 24197857161011715162171839636988778104 b'\x124Vx\x124Vx\x124Vx\x124Vx' b'xV4\x124\x12xV\x124Vx\x124Vx' (305419896, 4660, 22136, 18, 52, 95073701484152) None reserved for NCS compatibility urn:uuid:12345678-1234-5678-1234-567812345678 466142576285865592 4660 95073701484152 SafeUUID.unknown <SafeUUID.unknown: None>
# expect: uuid.UUID() -> EXC TypeError one of the hex, bytes, bytes_le, fields, or int arguments must be given
# expect: uuid.UUID("xyz") -> EXC ValueError badly formed hexadecimal UUID string
# expect: uuid.UUID(bytes=b"a") -> EXC ValueError bytes is not a 16-char string
# expect: uuid.UUID(bytes_le=b"a") -> EXC ValueError bytes_le is not a 16-char string
# expect: uuid.UUID(int=-1) -> EXC ValueError int is out of range (need a 128-bit value)
# expect: uuid.UUID(int=1<<128) -> EXC ValueError int is out of range (need a 128-bit value)
# expect: uuid.UUID(int=5, version=6) -> EXC ValueError illegal version number
# expect: uuid.UUID(fields=(1,2,3)) -> EXC ValueError fields is not a 6-tuple
# expect: uuid.UUID(fields=(1<<32,2,3,4,5,6)) -> EXC ValueError field 1 out of range (need a 32-bit value)
# expect: uuid.UUID(fields=(1,2,1<<16,4,5,6)) -> EXC ValueError field 3 out of range (need a 16-bit value)
# expect: uuid.UUID(fields=(1,2,3,4,5,1<<48)) -> EXC ValueError field 6 out of range (need a 48-bit value)
# expect: uuid.UUID(int=5, hex="00") -> EXC TypeError one of the hex, bytes, bytes_le, fields, or int arguments must be given
# expect: u.x -> EXC AttributeError 'UUID' object has no attribute 'x'
# expect: setattr(u, "int", 3) -> EXC TypeError UUID objects are immutable
# expect: uuid.UUID(int=0) < uuid.UUID(int=1) -> True
# expect: uuid.UUID(int=0) == 0 -> False
# expect: uuid.UUID(int=0) != uuid.UUID(int=0) -> False
# expect: uuid.UUID(int=0) < 0 -> EXC TypeError '<' not supported between instances of 'UUID' and 'int'
# expect: int(uuid.UUID(int=7)) -> 7
# expect: uuid.UUID("urn:uuid:12345678123456781234567812345678") -> UUID('12345678-1234-5678-1234-567812345678')
# expect: uuid.NAMESPACE_X500 -> UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
# expect: uuid.RESERVED_NCS -> 'reserved for NCS compatibility'
# expect: uuid.UUID(int=0).variant -> 'reserved for NCS compatibility'
# expect: uuid.UUID(int=0).version -> None
# expect: uuid.UUID(int=(0xc000<<48)).variant -> 'reserved for Microsoft compatibility'
# expect: uuid.UUID(int=(0xe000<<48)).variant -> 'reserved for future definition'
# expect: uuid.UUID(fields=(1,2,3,4,5,6)).int -> 79230580421533436824057282566
# expect: uuid.UUID(bytes_le=bytes(range(16))) -> UUID('03020100-0504-0706-0809-0a0b0c0d0e0f')
# expect: uuid.UUID(bytes=bytes(range(16))).bytes_le -> b'\x03\x02\x01\x00\x05\x04\x07\x06\x08\t\n\x0b\x0c\r\x0e\x0f'
# expect: hash(uuid.UUID(int=5))==hash(5) -> True
# expect: uuid.UUID("12345678-1234-5678-1234-567812345678", version=4) -> UUID('12345678-1234-4678-9234-567812345678')
# expect: uuid.UUID("12345678-1234-5678-1234-567812345678", version=4).version -> 4
# expect: uuid.SafeUUID.safe -> <SafeUUID.safe: 0>
# expect: uuid.uuid3("x","y") -> EXC AttributeError 'str' object has no attribute 'bytes'
# expect: uuid.UUID(hex=" 12345678123456781234567812345678 ") -> EXC ValueError badly formed hexadecimal UUID string
# expect: sorted([uuid.UUID(int=3), uuid.UUID(int=1)]) -> [UUID('00000000-0000-0000-0000-000000000001'), UUID('00000000-0000-0000-0000-000000000003')]
# expect: {uuid.UUID(int=3): 1}[uuid.UUID(int=3)] -> 1
# expect: uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).is_safe -> <SafeUUID.safe: 0>
# expect: uuid.NAMESPACE_DNS.fields -> (1806153744, 40365, 4561, 128, 180, 825973027016)
# expect: uuid.UUID(int=7).__class__.__name__ -> 'UUID'
# expect: 6fa459ea-ee8a-3ca4-894e-db77e160355e 886313e1-3b8a-5372-9b90-0c9aee199e5d
# expect: 49087ad9-c90e-33b2-9a7e-851aa7858fda 0a68eb57-c88a-5f34-9e9d-27f85e68af4f
# expect: TypeError encoding without a string argument
# expect: AttributeError 'str' object has no attribute 'bytes'
# expect: 4 specified in RFC 4122 36 True True
# expect: 1 specified in RFC 4122 True True
# expect: True 4660
