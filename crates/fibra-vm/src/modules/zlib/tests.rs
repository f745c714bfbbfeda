//! Unit tests of the zlib codec layer (no interpreter needed).

use super::deflate::{Deflater, Z_FINISH, Z_SYNC_FLUSH};
use super::inflate::Inflater;
use super::{Adler32, ZError};

fn compress(data: &[u8], level: i64, wbits: i64) -> Vec<u8> {
    let mut z = Deflater::new(level, wbits, 0).expect("valid options");
    let mut out = Vec::new();
    z.compress(data, &mut out).expect("compress");
    z.flush(Z_FINISH, &mut out).expect("finish");
    out
}

fn decompress(data: &[u8], wbits: i64) -> Result<(Vec<u8>, usize, bool), ZError> {
    let mut z = Inflater::new(wbits).expect("valid wbits");
    let mut out = Vec::new();
    let r = z.run(data, &mut out, usize::MAX)?;
    Ok((out, r.consumed, r.ended))
}

#[test]
fn headers_match_c_zlib() {
    assert_eq!(compress(b"", -1, 15), b"x\x9c\x03\x00\x00\x00\x00\x01");
    assert_eq!(&compress(b"", 9, 15)[..2], b"x\xda");
    assert_eq!(&compress(b"", 1, 15)[..2], b"x\x01");
    assert_eq!(
        &compress(b"", 6, 31)[..10],
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"
    );
}

#[test]
fn round_trips_every_wrapper() {
    let data: Vec<u8> = (0..100_000u64).map(|i| (i * i % 251) as u8).collect();
    for (wbits, dbits) in [(15, 15), (15, 47), (31, 31), (31, 47), (-15, -15), (9, 15)] {
        for level in [0, 1, 6, 9] {
            let z = compress(&data, level, wbits);
            let (out, used, ended) = decompress(&z, dbits).expect("decompress");
            assert!(ended);
            assert_eq!(used, z.len());
            assert_eq!(out, data);
        }
    }
}

#[test]
fn byte_at_a_time_and_limits() {
    let data = b"hello hello hello hello world".repeat(50);
    let z = compress(&data, 6, 31);
    let mut inf = Inflater::new(31).expect("gzip");
    let mut out = Vec::new();
    for b in &z {
        let r = inf
            .run(std::slice::from_ref(b), &mut out, usize::MAX)
            .expect("ok");
        assert_eq!(r.consumed, 1);
    }
    assert!(inf.ended());
    assert_eq!(out, data);
    let mut inf = Inflater::new(15).expect("zlib");
    let zz = compress(&data, 6, 15);
    let mut out = Vec::new();
    let r = inf.run(&zz, &mut out, 10).expect("ok");
    assert_eq!(out.len(), 10);
    assert!(!r.ended);
}

#[test]
fn errors_are_zlibs() {
    assert_eq!(
        decompress(b"garbage", 15).unwrap_err(),
        ZError::Data("incorrect header check")
    );
    let mut z = compress(b"hello", 6, 15);
    let n = z.len();
    z[n - 1] ^= 1;
    assert_eq!(
        decompress(&z, 15).unwrap_err(),
        ZError::Data("incorrect data check")
    );
    assert_eq!(
        decompress(&compress(b"x", 6, 15), 9).unwrap_err(),
        ZError::Data("invalid window size")
    );
    let (_, _, ended) = decompress(&compress(b"hello", 6, 15)[..5], 15).expect("partial");
    assert!(!ended);
    assert!(Inflater::new(7).is_none());
    assert!(Inflater::new(100).is_none());
    assert!(Deflater::new(10, 15, 0).is_none());
    assert!(Deflater::new(6, -8, 0).is_none());
}

#[test]
fn sync_flush_and_finished_stream() {
    let mut z = Deflater::new(6, -15, 0).expect("raw");
    let mut out = Vec::new();
    z.compress(b"abc", &mut out).expect("compress");
    z.flush(Z_SYNC_FLUSH, &mut out).expect("sync");
    assert!(out.ends_with(b"\x00\x00\xff\xff"));
    z.flush(Z_FINISH, &mut out).expect("finish");
    assert_eq!(z.compress(b"x", &mut out), Err(ZError::Stream));
    assert_eq!(decompress(&out, -15).expect("raw").0, b"abc");
}

#[test]
fn adler32_matches_zlib() {
    let mut a = Adler32::new(1);
    a.update(b"hello");
    assert_eq!(a.value(), 103547413);
    let big = vec![0xffu8; 100_000];
    let mut a = Adler32::new(1);
    a.update(&big);
    let mut b = Adler32::new(1);
    for c in big.chunks(7) {
        b.update(c);
    }
    assert_eq!(a.value(), b.value());
}
