# hmac over hashlib: RFC 2104 MACs for several key lengths, copies and compare_digest.
import hashlib
import hmac

for d in ["md5", "sha1", "sha256", "sha512", "sha3_256", hashlib.sha384]:
    for k in [b"", b"key", b"k" * 64, b"k" * 65, b"k" * 200, bytearray(b"kk")]:
        print(hmac.new(k, b"The quick brown fox", d).hexdigest())  # expect: 7bd8bd2c2a0a9e4a41c18c5cab023397
        # expect: d006bc60c92ff6e54f615474fe835e02
        # expect: 92ca4152a7fbaa2bbc856bf1c4f909d9
        # expect: 132e5423726d7b8d26e73526ba7d04b7
        # expect: 67d6da91565479d935690431aadff1e3
        # expect: e4a26adce0870fd62b2f189ba3b888ce
        # expect: 9e093dd5cc7e80ca6b1a1d83aea4551bf6968dc7
        # expect: 22f9e077a3cebd09248154f85d9a56c79941fd96
        # expect: 9f9d7f983975c7214bbfacb88815e0e0645dc6fc
        # expect: 057c37eafcd04c3211fb9a05e397e22f3462b0b7
        # expect: 05bae646f7d46e4336cead3a119941ced4b795a9
        # expect: 6a7645eeee0f6828ae9a58e0f61f70b6e63bfd32
        # expect: 831d2f46d18799176d0da02650e0e477509404e5a1cca13bf3c028f4f4884cd7
        # expect: 203d1e5cedd2d18f8c5a3beff0bd9c1ebcb97097dfcb288c46b00c9227fde2c0
        # expect: 50cce8ae0f27cbd226e128fad1618c24afad518707bc50a3020f3692c15e5f0f
        # expect: 8536d1799a1847c7032900ae1c4f289320844983fb0212df644d97048c45052e
        # expect: e16c9da73f6698f4edca06dba34d2dcc1371f7825829b083e9faf78aa05a2d23
        # expect: b53d5405f54a5457a1d7dc36de18435d2cae9cc421d3d83da885484b6a52e69b
        # expect: 9a3872ec8f99604c84fb185fd72b2ebc7ad6a8233d57343fc1b8ca5c7a2bc435a8ed3b8ef79a64ae009d4b7fe73ee7918d2335ff358f0d0023e0f86ceaa4440f
        # expect: 36f44b125a8a90639dc46733039571792e081e0fd8685ff746784b02ed14aa35629d562c7117cde4a701570551faa5a5e1b7ef1eb5c3bcd4cc1fdb8923fcf14e
        # expect: 10f19678c32f6479da8b11c95a5e1f877fb7097545f387f916268258e4c699798f6116d8c757ce6210fd79f36a74077848d4f0bf97244e198862a631aeb7828b
        # expect: 66adb8c5092f25c4b424585e8c2343ecdf06011c1dc71735ffa331235b65fc548e4e794e22b6996846deac8c5d250ab8d00b1d6f78d35d9d1ea1056ee7b2a0ba
        # expect: 3810596bd662c8dbf0e052d211e0b26af70219cc99c82c96898826595d3902b9549b3cac6d858e10fac63415eb3f56c1438b7cd0639e6f977f1ace0d79df4f2a
        # expect: c04fd54ebf4477369c93b888db99c23aa56e7ee15d261a9ea01512bf092e440b86a532204ff3f4dbd8cd7e1a829d425ebe224cc4a7dbd47ccf0b140442bf474d
        # expect: 47a318d1f9775f287b147d9e1caa7efb80823afb4abff783f19bf4ceb16dc541
        # expect: f7005cd351f68062dae84960737be699fae731135019ae6455f44ad4b874fe67
        # expect: ff89149dc8df422ddf41020465c483e8948c6bb9c0def22c3d88f2b2438808fa
        # expect: 71dd94f6acce7b138e2cda4751c2b8f9b2f590453db042898a32891563c54602
        # expect: aa567ac0ad555fba9ab09bb8e53052f455e8fdba5dd1c30e0abf770e0b02c109
        # expect: 56bce504210c80d3f5be8e4949c53a21d2e2beb7a777e67ba6c9845bd324be63
        # expect: 7c83694623d204de14a5509cabf56a4dc42a3dfcecc27bb12cc2dc30246d2da7cefb6f79687c5c68bd3a51d5f74152c2
        # expect: 60638fa0aa4b044fc6f50d5c4a11dd5c26863cd335e3aac16ac6434fc79505dfb05bc3d02a556e271979b41c9379f579
        # expect: f73df7ee523e18b9a1b723b339bef4426a59248e9131e7e3b41a4bf91456292e2403e53925dc48493c1567c0a00d3fab
        # expect: 903dd2e0298c1478c3980c439e14defe1483dc729d1e6ce72ce73e6c1652cda1d40edf3fa0787a41c41101c8be9fe3ea
        # expect: 7f4979dc2f6fb4bb95c9eb47b43428c648866749a767e2dfee1f07c2b01f7b7935d464dcdd90aeb3fcfa2a681599b5d2
        # expect: 782bbe1618436aab54e3b4194daab51fc1e0abf5cc480ed734c5310cc44d0d29ddcd94bb0c1ba0734bb704d4eedeba43
# RFC 4231 test case 2
print(hmac.new(b"Jefe", b"what do ya want for nothing?", "sha256").hexdigest())  # expect: 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843
m = hmac.new(b"key", digestmod="sha256")
m.update(b"a")
c = m.copy()
c.update(b"b")
m.update(b"b")
print(m.hexdigest() == c.hexdigest(), m.digest() == c.digest())  # expect: True True
print(m.name, m.digest_size, m.block_size, hmac.digest(b"k", b"m", "sha1").hex())  # expect: hmac-sha256 32 64 772b71c8a2997e768be01d9711e4a4f34a24ef33
print(hmac.compare_digest(b"ab", b"a"), hmac.compare_digest(b"ab", b"ab"),  # expect: False True True False True
      hmac.compare_digest("", ""), hmac.compare_digest("abc", "abd"),
      hmac.compare_digest(bytearray(b"a"), b"a"))
for f in [lambda: hmac.new(b"k"), lambda: hmac.new("k", digestmod="md5"),
          lambda: hmac.new(b"k", "m", "md5"), lambda: hmac.compare_digest("a", b"a"),
          lambda: hmac.compare_digest("\xe9", "\xe9"), lambda: hmac.compare_digest(1, 1),
          lambda: hmac.compare_digest(1, b"a"), lambda: hmac.new(b"k", digestmod="foo")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)  # expect: TypeError Missing required parameter 'digestmod'.
        # expect: TypeError key: expected bytes or bytearray, but got 'str'
        # expect: TypeError Strings must be encoded before hashing
        # expect: TypeError a bytes-like object is required, not 'str'
        # expect: TypeError comparing strings with non-ASCII characters is not supported
        # expect: TypeError unsupported operand types(s) or combination of types: 'int' and 'int'
        # expect: TypeError a bytes-like object is required, not 'int'
        # expect: ValueError unsupported hash type foo
