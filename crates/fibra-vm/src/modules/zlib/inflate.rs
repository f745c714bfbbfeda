//! Streaming decompression with zlib's wrappers. `flate2` (miniz_oxide backend) inflates
//! the raw DEFLATE body; the zlib and gzip headers and trailers are parsed here, so the
//! errors a script sees are zlib's own (`incorrect header check`, `invalid window size`,
//! `incorrect data check`, ...) and `wbits` behaves as in zlib's `inflateInit2`.

use flate2::{Decompress, FlushDecompress, Status};

use super::{push_output, Adler32, ZError, CHUNK};

/// Which container surrounds the DEFLATE data.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Wrap {
    /// Bare DEFLATE (negative `wbits`).
    Raw,
    /// RFC 1950: 2-byte header, Adler-32 trailer.
    Zlib,
    /// RFC 1952: gzip member header, CRC-32 and length trailer.
    Gzip,
    /// Zlib or gzip, decided by the first two bytes (`wbits` 32 + n).
    Auto,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Phase {
    Header,
    Body,
    Trailer,
    Done,
}

/// What one [`Inflater::run`] did.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Outcome {
    /// Input bytes used (the rest is unused or not yet needed).
    pub consumed: usize,
    /// The end of the compressed stream was reached (now or earlier).
    pub ended: bool,
}

/// One decompression stream.
pub(crate) struct Inflater {
    wrap: Wrap,
    /// Window size in bits the header may ask for at most (0: whatever it says).
    wbits: u32,
    phase: Phase,
    /// Header or trailer bytes collected so far.
    buf: Vec<u8>,
    raw: Decompress,
    adler: Adler32,
    crc: crc32fast::Hasher,
    /// Uncompressed length modulo 2**32 (the gzip trailer's ISIZE).
    size: u32,
    /// The first error, returned again by every later call (zlib's sticky BAD state).
    failed: Option<ZError>,
}

impl Inflater {
    /// A decompressor for zlib's `windowBits` convention, or `None` where `inflateInit2`
    /// fails: -8..-15 raw, 0 or 8..15 zlib, 16 + (0 or 8..15) gzip, 32 + (0 or 8..15) either.
    pub(crate) fn new(wbits: i64) -> Option<Inflater> {
        let (wrap, bits) = if wbits < 0 {
            if wbits < -15 {
                return None;
            }
            (Wrap::Raw, -wbits)
        } else {
            let wrap = match wbits >> 4 {
                0 => Wrap::Zlib,
                1 => Wrap::Gzip,
                2 => Wrap::Auto,
                _ => return None,
            };
            (wrap, wbits & 15)
        };
        if bits != 0 && !(8..=15).contains(&bits) {
            return None;
        }
        if wrap == Wrap::Raw && bits == 0 {
            return None;
        }
        Some(Inflater {
            wrap,
            wbits: bits as u32,
            phase: if wrap == Wrap::Raw {
                Phase::Body
            } else {
                Phase::Header
            },
            buf: Vec::new(),
            raw: Decompress::new(false),
            adler: Adler32::new(1),
            crc: crc32fast::Hasher::new(),
            size: 0,
            failed: None,
        })
    }

    /// Whether the end of the stream has been reached.
    #[cfg(test)]
    pub(crate) fn ended(&self) -> bool {
        self.phase == Phase::Done
    }

    /// Decompresses from `input` into `out` until the input is used up, the stream ends,
    /// or `out` holds `limit` bytes.
    pub(crate) fn run(
        &mut self,
        input: &[u8],
        out: &mut Vec<u8>,
        limit: usize,
    ) -> Result<Outcome, ZError> {
        if let Some(e) = self.failed {
            return Err(e);
        }
        let r = self.step(input, out, limit);
        if let Err(e) = r {
            if e != ZError::Memory {
                self.failed = Some(e);
            }
        }
        r
    }

    fn step(&mut self, input: &[u8], out: &mut Vec<u8>, limit: usize) -> Result<Outcome, ZError> {
        let mut pos = 0;
        loop {
            match self.phase {
                Phase::Done => break,
                Phase::Header => {
                    if pos == input.len() {
                        break;
                    }
                    let before = self.buf.len();
                    self.buf
                        .try_reserve(input.len() - pos)
                        .map_err(|_| ZError::Memory)?;
                    self.buf.extend_from_slice(&input[pos..]);
                    match self.parse_header()? {
                        None => pos = input.len(),
                        Some(n) => {
                            pos += n - before;
                            self.buf.clear();
                            self.phase = Phase::Body;
                        }
                    }
                }
                Phase::Body => {
                    let (used, end) = self.inflate(&input[pos..], out, limit)?;
                    pos += used;
                    if !end {
                        break;
                    }
                    self.phase = if self.wrap == Wrap::Raw {
                        Phase::Done
                    } else {
                        Phase::Trailer
                    };
                }
                Phase::Trailer => {
                    let need = if self.wrap == Wrap::Gzip { 8 } else { 4 };
                    let n = (need - self.buf.len()).min(input.len() - pos);
                    self.buf.extend_from_slice(&input[pos..pos + n]);
                    pos += n;
                    if self.buf.len() < need {
                        break;
                    }
                    self.check_trailer()?;
                    self.buf = Vec::new();
                    self.phase = Phase::Done;
                }
            }
        }
        Ok(Outcome {
            consumed: pos,
            ended: self.phase == Phase::Done,
        })
    }

    /// The header's length once `buf` holds all of it (`None`: more bytes needed); settles
    /// `Wrap::Auto`.
    fn parse_header(&mut self) -> Result<Option<usize>, ZError> {
        if self.wrap == Wrap::Auto {
            if self.buf.len() < 2 {
                return Ok(None);
            }
            self.wrap = if self.buf[0] == 0x1f && self.buf[1] == 0x8b {
                Wrap::Gzip
            } else {
                Wrap::Zlib
            };
        }
        if self.wrap == Wrap::Zlib {
            return self.parse_zlib_header();
        }
        parse_gzip_header(&self.buf)
    }

    fn parse_zlib_header(&mut self) -> Result<Option<usize>, ZError> {
        let b = &self.buf;
        if b.len() < 2 {
            return Ok(None);
        }
        let (cmf, flg) = (b[0] as u32, b[1] as u32);
        if (cmf * 256 + flg) % 31 != 0 {
            return Err(ZError::Data("incorrect header check"));
        }
        if cmf & 15 != 8 {
            return Err(ZError::Data("unknown compression method"));
        }
        let len = (cmf >> 4) + 8;
        if self.wbits == 0 {
            self.wbits = len;
        }
        if len > 15 || len > self.wbits {
            return Err(ZError::Data("invalid window size"));
        }
        if flg & 0x20 != 0 {
            // A preset dictionary (zdict) is not supported by the miniz_oxide backend;
            // like zlib, ask for it once its 4-byte id has arrived.
            return if b.len() < 6 {
                Ok(None)
            } else {
                Err(ZError::NeedDict)
            };
        }
        Ok(Some(2))
    }

    /// Inflates the body; returns the input used and whether the body ended.
    fn inflate(
        &mut self,
        input: &[u8],
        out: &mut Vec<u8>,
        limit: usize,
    ) -> Result<(usize, bool), ZError> {
        let mut pos = 0;
        let mut tmp = Vec::new();
        loop {
            let room = limit.saturating_sub(out.len()).min(CHUNK);
            if room == 0 {
                return Ok((pos, false));
            }
            if tmp.len() < room {
                tmp.try_reserve(room - tmp.len())
                    .map_err(|_| ZError::Memory)?;
                tmp.resize(room, 0);
            }
            let (in0, out0) = (self.raw.total_in(), self.raw.total_out());
            let status = self
                .raw
                .decompress(&input[pos..], &mut tmp[..room], FlushDecompress::None)
                .map_err(|_| ZError::Data("invalid compressed data"))?;
            let used = (self.raw.total_in() - in0) as usize;
            let made = (self.raw.total_out() - out0) as usize;
            pos += used;
            let produced = &tmp[..made];
            match self.wrap {
                Wrap::Zlib => self.adler.update(produced),
                Wrap::Gzip => {
                    self.crc.update(produced);
                    self.size = self.size.wrapping_add(made as u32);
                }
                _ => {}
            }
            push_output(out, produced)?;
            if status == Status::StreamEnd {
                return Ok((pos, true));
            }
            if used == 0 && made == 0 {
                // Needs more input. (A call that only hands out output pending in
                // miniz_oxide's window consumes nothing: keep going then.)
                return Ok((pos, false));
            }
        }
    }

    fn check_trailer(&self) -> Result<(), ZError> {
        let b = &self.buf;
        if self.wrap == Wrap::Gzip {
            let crc = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            let size = u32::from_le_bytes([b[4], b[5], b[6], b[7]]);
            if crc != self.crc.clone().finalize() {
                return Err(ZError::Data("incorrect data check"));
            }
            if size != self.size {
                return Err(ZError::Data("incorrect length check"));
            }
        } else {
            let adler = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
            if adler != self.adler.value() {
                return Err(ZError::Data("incorrect data check"));
            }
        }
        Ok(())
    }
}

/// The length of the gzip member header at the start of `b`, if complete (RFC 1952).
fn parse_gzip_header(b: &[u8]) -> Result<Option<usize>, ZError> {
    const FHCRC: u8 = 2;
    const FEXTRA: u8 = 4;
    const FNAME: u8 = 8;
    const FCOMMENT: u8 = 16;
    if b.len() >= 2 && (b[0] != 0x1f || b[1] != 0x8b) {
        return Err(ZError::Data("incorrect header check"));
    }
    if b.len() >= 3 && b[2] != 8 {
        return Err(ZError::Data("unknown compression method"));
    }
    if b.len() >= 4 && b[3] & 0xe0 != 0 {
        return Err(ZError::Data("unknown header flags set"));
    }
    if b.len() < 10 {
        return Ok(None);
    }
    let flags = b[3];
    let mut n = 10;
    if flags & FEXTRA != 0 {
        let Some(len) = b.get(n..n + 2) else {
            return Ok(None);
        };
        n += 2 + u16::from_le_bytes([len[0], len[1]]) as usize;
        if b.len() < n {
            return Ok(None);
        }
    }
    for flag in [FNAME, FCOMMENT] {
        if flags & flag != 0 {
            match b[n..].iter().position(|&c| c == 0) {
                Some(i) => n += i + 1,
                None => return Ok(None),
            }
        }
    }
    if flags & FHCRC != 0 {
        let Some(crc) = b.get(n..n + 2) else {
            return Ok(None);
        };
        let want = u16::from_le_bytes([crc[0], crc[1]]);
        if want != (crc32fast::hash(&b[..n]) & 0xffff) as u16 {
            return Err(ZError::Data("header crc mismatch"));
        }
        n += 2;
    }
    Ok(Some(n))
}
