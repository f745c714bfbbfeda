# hashlib: every algorithm on the lengths around the padding boundaries, incremental
# updates, copies, attributes and CPython's errors.
import hashlib

names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
         "sha3_384", "sha3_512"]
data = bytes(range(256)) * 8
for n in names:
    for size in [0, 1, 55, 56, 63, 64, 65, 111, 112, 128, 136, 1000]:
        print(n, size, hashlib.new(n, data[:size]).hexdigest())
for n in names:
    h = getattr(hashlib, n)()
    for i in range(0, 2000, 37):
        h.update(data[i:min(i + 37, 2000)])
    c = h.copy()
    c.update(b"more")
    print(n, h.hexdigest() == hashlib.new(n, data[:2000]).hexdigest(),
          h.digest() == bytes.fromhex(h.hexdigest()), c.hexdigest() != h.hexdigest())
    print(h.name, h.digest_size, h.block_size, len(h.digest()))
print(hashlib.md5(b"a" * 1000000).hexdigest())
print(hashlib.sha256(b"a" * 1000000).hexdigest())
print(hashlib.sha512(bytearray(b"abc")).hexdigest())
for n in ["shake_128", "shake_256"]:
    h = hashlib.new(n, b"abc")
    print(n, h.hexdigest(0), h.hexdigest(16), h.digest(4), h.digest_size, h.block_size)
print(hashlib.new("SHA256").name, hashlib.new("sha-256").name)
print(hashlib.md5(usedforsecurity=False).hexdigest(), hashlib.sha1(string=b"x").hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256", "sha3_256"}))
print("sha512" in hashlib.algorithms_available)
for f in [lambda: hashlib.new("foo"), lambda: hashlib.md5("text"), lambda: hashlib.md5(1),
          lambda: hashlib.md5(None), lambda: hashlib.sha1().update("x"),
          lambda: hashlib.md5().update(), lambda: hashlib.md5().update(b"a", b"b"),
          lambda: hashlib.new(1), lambda: hashlib.shake_128().digest(),
          lambda: hashlib.md5().digest(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

# expect: md5 0 d41d8cd98f00b204e9800998ecf8427e
# expect: md5 1 93b885adfe0da089cdf634904fd59f71
# expect: md5 55 6912ee65fff2d9f9ce2508cddf8bcda0
# expect: md5 56 51fdd1acda72405dfdfa03fcb85896d7
# expect: md5 63 48a6295221902e8e0938f773a7185e72
# expect: md5 64 b2d3f56bc197fd985d5965079b5e7148
# expect: md5 65 8bd7053801c768420faf816fadba971c
# expect: md5 111 4fad3ab7d8546851ec1bb63ea7e6f5a8
# expect: md5 112 d1fec2ac3715e791ca5f489f300381b3
# expect: md5 128 37eff01866ba3f538421b30b7cbefcac
# expect: md5 136 e0d70f824895dedd2a6eff96b2496a08
# expect: md5 1000 cbecbdb0fdd5cec1e242493b6008cc79
# expect: sha1 0 da39a3ee5e6b4b0d3255bfef95601890afd80709
# expect: sha1 1 5ba93c9db0cff93f52b521d7420e43f6eda2784f
# expect: sha1 55 8ae2d46729cfe68ff927af5eec9c7d1b66d65ac2
# expect: sha1 56 636e2ec698dac903498e648bd2f3af641d3c88cb
# expect: sha1 63 6d942da0c4392b123528f2905c713a3ce28364bd
# expect: sha1 64 c6138d514ffa2135bfce0ed0b8fac65669917ec7
# expect: sha1 65 69bd728ad6e13cd76ff19751fde427b00e395746
# expect: sha1 111 bc544e24573d592290fdaff8ecf3f7f2b00cd483
# expect: sha1 112 e4ce142d09a84a8645338dd6535cbfaaf800d320
# expect: sha1 128 e6434bc401f98603d7eda504790c98c67385d535
# expect: sha1 136 4ab5a4f084d4d95894078e8d570eb0bff13c6286
# expect: sha1 1000 af0b191c2de46fe13fe0908f5a6a4e90e0cafc46
# expect: sha224 0 d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f
# expect: sha224 1 fff9292b4201617bdc4d3053fce02734166a683d7d858a7f5f59b073
# expect: sha224 55 8991dfba74284e04dc7581c7c3e4068ff6cb7a63733361429834bb56
# expect: sha224 56 2b2cd637c16ad7290bb067ad7d8fd04e204fa43a84366afc7130f4ef
# expect: sha224 63 049e8dd7eab3378ce9f823bfb569e5b270235d4b7f9623606971998f
# expect: sha224 64 c37b88a3522dbf7ac30d1c68ea397ac11d4773571aed01ddab73531e
# expect: sha224 65 114b5fd665736a96585c5d5837d35250aed73c725252cbf7f8b121f6
# expect: sha224 111 1aeef583c448a9ae00fbc931b50bc0da5bb8323e616b11076cee8b44
# expect: sha224 112 01e5abf50619b5c2078e754eddedcf4de8d31185a2219313cb91a8c9
# expect: sha224 128 67d88da33fd632d8742424791dface672ff59d597fe38b3f2a998386
# expect: sha224 136 d96312ea93c16c339fcb0219a8262fa049652a9712dd0765261d8300
# expect: sha224 1000 fd2f31945f10f2e0b559d19c56adc4cddfa4c68f38c77093a9cb8b0c
# expect: sha256 0 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
# expect: sha256 1 6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d
# expect: sha256 55 463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59
# expect: sha256 56 da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562
# expect: sha256 63 29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488
# expect: sha256 64 fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108
# expect: sha256 65 4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781
# expect: sha256 111 60780e9451bdc43cf4530ffc95cbb0c4eb24dae2c39f55f334d679e076c08065
# expect: sha256 112 09373f127d34e61dbbaa8bc4499c87074f2ddb10e1b465f506d7d70a15011979
# expect: sha256 128 471fb943aa23c511f6f72f8d1652d9c880cfa392ad80503120547703e56a2be5
# expect: sha256 136 ffc555203945df4e81d75f316e4c25fdc0bc4e96412f4f469349eb716f001a7d
# expect: sha256 1000 a8af099bf2e878609558dbf69d8f88f4a31040a8cf84b549a0cfa912f12ffc3f
# expect: sha384 0 38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b
# expect: sha384 1 bec021b4f368e3069134e012c2b4307083d3a9bdd206e24e5f0d86e13d6636655933ec2b413465966817a9c208a11717
# expect: sha384 55 dcedb6b590edb4efa849c801e6b6490657a5c1e64f69269f5f63c9267f6223de24cea7aaa6b267d9bcecc15147b6c875
# expect: sha384 56 7b9132d597b8873ad55bbc30f18ed3f2c9f340e7de69fb5774056c71a06d9bc2b14137e9e1c68b6b645fed28b188249d
# expect: sha384 63 dd66b519f51a925814407a449c60b34c553d7652d41783ee903a810a4c9f833b8181c91c7f12283eacd6a5f8a2639ddf
# expect: sha384 64 9f2c9eb7116b3d7a4ba84a74a4d4eff8a5efcf54b6d7b662693c38577914c73a214766f0a175339bb0895a863824fc0a
# expect: sha384 65 14b0a9ffce149426bf5045ffc24c057451d2473186deb4f150117b855911a7641651fb1e15df406eb373d71151c46f25
# expect: sha384 111 f5f9fe110d809d34029de262a01b208356caec6e054c7f926b2591f6c9780579d4b59f5578c6f531a84f158a33660cef
# expect: sha384 112 33ba080ec0ccb378e4e95fed3b26c23aa1a280476e007519ee47f60cd9c5c8a65d627259a9aa2fd33ca06d3c14ee5548
# expect: sha384 128 ca2385773319124534111a36d0581fc3f00815e907034b90cff9c3a861e126a741d5dfcff65a417b6d7296863ac0ec17
# expect: sha384 136 97e29e4ae7c7e461196c1d698b5d1186822bb66aca3b3e062a3ae07db9dd0fed83a345014d3e5ad89e9046606ad2cee7
# expect: sha384 1000 cfe84a17cb1c1c9d4e7d1b1f5e7aee4ba0fa7ccaafe00c80b20b94ef4250ecae24321940e3e66510732fe32f386e4cc7
# expect: sha512 0 cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e
# expect: sha512 1 b8244d028981d693af7b456af8efa4cad63d282e19ff14942c246e50d9351d22704a802a71c3580b6370de4ceb293c324a8423342557d4e5c38438f0e36910ee
# expect: sha512 55 6856647f269c2ee3d8128f0b25427659d880641ef343300dd3cd4679168f58d6527fda70b4ebc854e2065e172b7d58c1536992c0810599259ba84a2b40c65414
# expect: sha512 56 8b12b2f6fe400a51d29656e2b8c42a1bbfe6fcf3e425da430db05d1a2dda14790dee20fa8b22d8762afffe4988a5c98a4430d22a17e41e23d90fa61ab75671a9
# expect: sha512 63 9dc9c5598e55dc42955695320839788e353f1d7f6ba74df74c80a8a52f463c0697f57f68835d1418f4ce9b6530cd79bd0f4c6f7e13c93feb1218c0b65c2c0561
# expect: sha512 64 ee4320ebaf3fdb4f2c832b137200c08e235e0fa7bbd0eb1740c7063ba8a0d151da77e003398e1714a955d475b05e3e950b639503b452ec185de4229bc4873949
# expect: sha512 65 02856cef735f9acec6b9e33f0fbc8f9804d2aa54187f382b8ae842e5d3696c07459aad2a5aed25ea5e117eb1c7ba35da6a7a8adce9e6afe3ad79e9fa42d5bba8
# expect: sha512 111 a1a111449b198d9b1f538bad7f3fc1022b3a5b1a5e90a0bc860de8512746cbc31599e6c834de3a3235327af0b51ff57bf7acf1974a73014d9c3953812edc7c8d
# expect: sha512 112 c5fbd731d19d2ae1180f001be72c2c1aaba1d7b094b3748880e24593b8e117a750e11c1bd867cc2f96dace8c8b74abd2d5c4f236be444e77d30d1916174070b9
# expect: sha512 128 1dffd5e3adb71d45d2245939665521ae001a317a03720a45732ba1900ca3b8351fc5c9b4ca513eba6f80bc7b1d1fdad4abd13491cb824d61b08d8c0e1561b3f7
# expect: sha512 136 c58867d309ca48af74b4d7e49eced514c89fd433f9dd842f9b50ffaa6c7810bef35348d00d26dcbe28122ba1ce33d4cd00d09ba76f982a598b8f65790368ae59
# expect: sha512 1000 6cd2eda9bf9c0597129029b0054b81e433f6b8b7b499a75eb705efd74bac194149835b1d1a14c48be696e4d588456d512a22eae7aa1b57be2b56eae7d35e08cb
# expect: sha3_224 0 6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7
# expect: sha3_224 1 bdd5167212d2dc69665f5a8875ab87f23d5ce7849132f56371a19096
# expect: sha3_224 55 10681e293cce004e088be7c67426f50d6aacc7e31447b0f73a425c35
# expect: sha3_224 56 fc95d44e806cbbd484e379882238f555fda923878c443abe4ce4cdd6
# expect: sha3_224 63 05e05c93d7f8b002eb5fab6958a32d124e000143b63835ddf64e48fa
# expect: sha3_224 64 fe7c26ee7d8a00d407efc65dcd88809f25f8e37395148733e6efc3b5
# expect: sha3_224 65 c5c12a29147a04da59ce54cc657a26ad2b7e65e679f64684915be492
# expect: sha3_224 111 4fa336790d224b4a79fe2992c5a2b604988a8dbf85a76068dc5cf3f1
# expect: sha3_224 112 fc8b641fe0a9268a14bc1ce81587b80f31a7bbc8d5600e310f70bc9f
# expect: sha3_224 128 935982770b8e39a960c38939824e4236085fcab2ec5c00d72fbf1c78
# expect: sha3_224 136 5d633f7e245e4338fa2698ef8b0cf98b129b5cc99622f770e3ba0cb6
# expect: sha3_224 1000 449b2acbbc0d2d133fd7a11157aafd2118a253f7a91091e5d3092efa
# expect: sha3_256 0 a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a
# expect: sha3_256 1 5d53469f20fef4f8eab52b88044ede69c77a6a68a60728609fc4a65ff531e7d0
# expect: sha3_256 55 a91a138e3374d2d8fa4791b83a93a311a06a2926ef70153428cf6e1b239c10d4
# expect: sha3_256 56 d192f5964dc70118fcac64bf0eb838009b816d344f67b04e8e78d5bde783e54a
# expect: sha3_256 63 ba7af58d214bb604bcaad40ad55cca7d9815e7535f1c9837be8fb8fee2519560
# expect: sha3_256 64 c8ad478f4e1dd9d47dfc3b985708d92db1f8db48fe9cddd459e63c321f490402
# expect: sha3_256 65 9a11f135d2231be8ee824d1e9d3204018870defc2f469f34ef5969b4815cec3c
# expect: sha3_256 111 b08646567d09c477939ea7f417fa307ec0d522a41d4f8e7aab4d9a889ec67fef
# expect: sha3_256 112 575f18078b5874147ecd662f4260cdb3548756081ec3d2e7bed2397f67888622
# expect: sha3_256 128 bec3ebfba06834f224543cca2a427cb9329147be93e19aeb0e33a7119c7f63ef
# expect: sha3_256 136 cf3ccff92480a29160c2d38317c430e14749bfee1788106957dfe73f8c4930e5
# expect: sha3_256 1000 14e5de35911194ddad95ac1572e2b6ce054ed2146cd0562280fcab04ccfecbd8
# expect: sha3_384 0 0c63a75b845e4f7d01107d852e4c2485c51a50aaaa94fc61995e71bbee983a2ac3713831264adb47fb6bd1e058d5f004
# expect: sha3_384 1 127677f8b66725bbcb7c3eae9698351ca41e0eb6d66c784bd28dcdb3b5fb12d0c8e840342db03ad1ae180b92e3504933
# expect: sha3_384 55 a9fb298676f605c92c722fb6ab428a0e8739d019eb7c11728627128c7c94b66ed5d85fc95852cc4cae72b809600d6b27
# expect: sha3_384 56 d21e03c7c28b25e16e92c070361fe0a66d7038fefb67f1684da7cd498325f837018c92ec8009ed6cf75b94fdc758ee2e
# expect: sha3_384 63 327f97ee34ea7ddce677a4f7cf3531fc5d47f57394a0e62b8e86dd5fd0690286ee28e6235e8fd296070ef2813c816aed
# expect: sha3_384 64 adf2ec9d4c135c64ddd796af90462ff4ec1d3542cc7002dd8cfc20fac50a0fae01a65d35b000d191398a5ec57a1954e4
# expect: sha3_384 65 75d6ea64d59ec622bda970ed8bf034ef19840e1797426651198982fbd8899f6907ca3a5910e2cb44aa48adc149d07b43
# expect: sha3_384 111 bcb12b36f8bc6d74e23736d19008d07ad6a9ca3e29fc17f5d505bccabd0f2309d7ba11ba421f14286adaa5575fcb83af
# expect: sha3_384 112 ad107fffd282b3f49f01ab1c88f62e88f779671721facfb7f969df1d96e942ffe13e1629b8df9bf4c4b13b218fdbdf3a
# expect: sha3_384 128 77c4b75f9e92eb8db8e3f9074c3d3abdf06babc9868b11f789112ff5822f6115421e0ec1627ab580b830e6c12db692e5
# expect: sha3_384 136 ced899b993a69f66251a7872fbb87f8be5967857b2693e3feb032b3440dd94b78cab782debfa10956642ae536a8241e9
# expect: sha3_384 1000 78361036d2bcf7cfc0d8004dd9f618ba2f1580022bd3127f639489776f1d11e3e61cc76d41f80421ee0a63b92a07ca51
# expect: sha3_512 0 a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26
# expect: sha3_512 1 7127aab211f82a18d06cf7578ff49d5089017944139aa60d8bee057811a15fb55a53887600a3eceba004de51105139f32506fe5b53e1913bfa6b32e716fe97da
# expect: sha3_512 55 355541fa3eecd27b1dca8d596b3c41f0c60d85034f8811e2d15fa8977e25433f297c5c14775a0e5c26429062b952be7dc2dab84a69a56ffab826cdcb49aab4ab
# expect: sha3_512 56 2cb606cd80f35fcb14183916dd04c4508eb0ac03cc24cf0da485248758bf0910084ce6c503acfc76962564c13d9eeec408c3cea22eeff9c7d41b206ed8f74f10
# expect: sha3_512 63 6a930b07a37e9f0c62e2a220ffce9dea8d8e34ba52c0a7311c5f4090a253f16c9281bc0de528e5ef86f187c3185f2ed244352a5ddf5fc09e99b4008feafc584c
# expect: sha3_512 64 cb29601efbee71f4dfbb7f1c2bdaeafdb212df6ae35f8bb1ee6c0a245b99f3f35a82957567a30cfb01ae28b94c7223a62c5c786e8624b8faddcb913e3ab2ce71
# expect: sha3_512 65 c4d102c41b4f588324e3c9e880addf370874b30fb6c814ece42b599eb8c1563d88e89225e7bb5cf4dc8caec9e7b729664d421e5ad72b94552d57fd04b254d551
# expect: sha3_512 111 265cc0491a1ae6071edb97771ee58406c0670dec9c531dd0b44e8b7111fe51fdc6d44c3547d350e134116f9fa75d9836e6c38bc78c099a98e476a3a7cb955c8b
# expect: sha3_512 112 b44e1e6a3b4c597cc576754772b57904bea0cc132520a265cfebf27079f494073ed2520da03b5370404ac5cd342c1253d261a60a8ecbb04f453f0c9972863004
# expect: sha3_512 128 989c1995da9d2d341f993c2e2ca695f3477075061bfbd2cdf0be75cf7ba99fbe33d8d2c4dcc31fa89917786b883e6c9d5b02ed81b7483a4cb3ea98671588f745
# expect: sha3_512 136 ad8edff4f1b7aa1c63bbe49728ab9b165f7245b3d7102e6f99c261fc15d2d0bf6afef6a491720454a1349fbf5d848854875ac83a1156fd7f6e2a37af26c07fb2
# expect: sha3_512 1000 0a96e7c099e956287a7d6c2516befb5089714c38f7c01ab158bcd131b50dd10c80a71ee8fe850a301fea39e88f9b3f58822b47925700c44efcd5a3ed333f5947
# expect: md5 True True True
# expect: md5 16 64 16
# expect: sha1 True True True
# expect: sha1 20 64 20
# expect: sha224 True True True
# expect: sha224 28 64 28
# expect: sha256 True True True
# expect: sha256 32 64 32
# expect: sha384 True True True
# expect: sha384 48 128 48
# expect: sha512 True True True
# expect: sha512 64 128 64
# expect: sha3_224 True True True
# expect: sha3_224 28 144 28
# expect: sha3_256 True True True
# expect: sha3_256 32 136 32
# expect: sha3_384 True True True
# expect: sha3_384 48 104 48
# expect: sha3_512 True True True
# expect: sha3_512 64 72 64
# expect: 7707d6ae4e027c70eea2a935c2296f21
# expect: cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0
# expect: ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f
# expect: shake_128  5881092dd818bf5cf8a3ddb793fbcba7 b'X\x81\t-' 0 168
# expect: shake_256  483366601360a8771c6863080cc4114d b'H3f`' 0 136
# expect: sha256 sha256
# expect: d41d8cd98f00b204e9800998ecf8427e 11f6ad8ec52a2984abaafd7c3b516503785c2072
# expect: ['md5', 'sha1', 'sha256', 'sha3_256']
# expect: True
# expect: ValueError unsupported hash type foo
# expect: TypeError Strings must be encoded before hashing
# expect: TypeError object supporting the buffer API required
# expect: TypeError object supporting the buffer API required
# expect: TypeError Strings must be encoded before hashing
# expect: TypeError HASH.update() takes exactly one argument (0 given)
# expect: TypeError HASH.update() takes exactly one argument (2 given)
# expect: TypeError name must be a string
# expect: TypeError digest() missing required argument 'length' (pos 1)
# expect: TypeError HASH.digest() takes no arguments (1 given)
