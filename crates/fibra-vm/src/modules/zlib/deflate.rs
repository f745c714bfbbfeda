//! Streaming compression with zlib's wrappers. `flate2` (miniz_oxide backend) produces the
//! raw DEFLATE body; the zlib header (the same two bytes C zlib writes for a level) and the
//! gzip header (zlib's: no name, mtime 0, OS 3) and trailers are written here.
//!
//! miniz_oxide always uses a 32 KiB window, so a zlib header says `wbits` 15 whatever the
//! script asked for (a smaller window would make the header lie about the data).

use flate2::{Compress, Compression, FlushCompress, Status};

use super::inflate::Wrap;
use super::{push_output, Adler32, ZError, CHUNK};

/// `Z_HUFFMAN_ONLY`: strategies from here on make zlib write FLEVEL 0 in the header.
const Z_HUFFMAN_ONLY: i64 = 2;

/// One compression stream.
pub(crate) struct Deflater {
    raw: Compress,
    wrap: Wrap,
    /// The header, until the first output is produced.
    header: Option<Vec<u8>>,
    adler: Adler32,
    crc: crc32fast::Hasher,
    size: u32,
    /// `flush(Z_FINISH)` has run: the stream is over.
    finished: bool,
}

/// Flush modes (zlib's constants).
pub(crate) const Z_NO_FLUSH: i64 = 0;
pub(crate) const Z_PARTIAL_FLUSH: i64 = 1;
pub(crate) const Z_SYNC_FLUSH: i64 = 2;
pub(crate) const Z_FULL_FLUSH: i64 = 3;
pub(crate) const Z_FINISH: i64 = 4;
pub(crate) const Z_BLOCK: i64 = 5;
pub(crate) const Z_TREES: i64 = 6;

impl Deflater {
    /// A compressor, or `None` where zlib's `deflateInit2` fails: level -1..9, window bits
    /// 9..15 (8 becomes 9) for zlib, -9..-15 raw, 25..31 gzip; strategy 0..4.
    pub(crate) fn new(level: i64, wbits: i64, strategy: i64) -> Option<Deflater> {
        let level = if level == -1 { 6 } else { level };
        if !(0..=9).contains(&level) || !(0..=4).contains(&strategy) {
            return None;
        }
        let (wrap, bits) = if wbits < 0 {
            (Wrap::Raw, -wbits)
        } else if wbits > 15 {
            (Wrap::Gzip, wbits - 16)
        } else {
            (Wrap::Zlib, wbits)
        };
        let bits_ok = match wrap {
            Wrap::Zlib => (8..=15).contains(&bits),
            _ => (9..=15).contains(&bits),
        };
        if !bits_ok {
            return None;
        }
        let header = match wrap {
            Wrap::Zlib => {
                let flevel = if strategy >= Z_HUFFMAN_ONLY || level < 2 {
                    0
                } else if level < 6 {
                    1
                } else if level == 6 {
                    2
                } else {
                    3
                };
                let cmf = 0x78u32;
                let mut flg = flevel << 6;
                flg += 31 - (cmf * 256 + flg) % 31;
                vec![cmf as u8, flg as u8]
            }
            Wrap::Gzip => {
                let xfl = if level == 9 {
                    2
                } else if strategy >= Z_HUFFMAN_ONLY || level < 2 {
                    4
                } else {
                    0
                };
                vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]
            }
            _ => Vec::new(),
        };
        Some(Deflater {
            raw: Compress::new(Compression::new(level as u32), false),
            wrap,
            header: Some(header),
            adler: Adler32::new(1),
            crc: crc32fast::Hasher::new(),
            size: 0,
            finished: false,
        })
    }

    /// Whether `flush(Z_FINISH)` has ended the stream.
    pub(crate) fn finished(&self) -> bool {
        self.finished
    }

    fn start(&mut self, out: &mut Vec<u8>) -> Result<(), ZError> {
        if let Some(h) = self.header.take() {
            push_output(out, &h)?;
        }
        Ok(())
    }

    /// Compresses `data`, appending what is ready to `out`.
    pub(crate) fn compress(&mut self, data: &[u8], out: &mut Vec<u8>) -> Result<(), ZError> {
        if self.finished {
            return Err(ZError::Stream);
        }
        self.start(out)?;
        match self.wrap {
            Wrap::Zlib => self.adler.update(data),
            Wrap::Gzip => {
                self.crc.update(data);
                self.size = self.size.wrapping_add(data.len() as u32);
            }
            _ => {}
        }
        self.pump(data, FlushCompress::None, out)?;
        Ok(())
    }

    /// `flush(mode)`: `Z_FINISH` ends the stream (and writes the trailer); the others
    /// flush pending output; `Z_NO_FLUSH` does nothing.
    pub(crate) fn flush(&mut self, mode: i64, out: &mut Vec<u8>) -> Result<(), ZError> {
        let how = match mode {
            Z_NO_FLUSH => return Ok(()),
            Z_PARTIAL_FLUSH => FlushCompress::Partial,
            Z_SYNC_FLUSH | Z_BLOCK | Z_TREES => FlushCompress::Sync,
            Z_FULL_FLUSH => FlushCompress::Full,
            Z_FINISH => FlushCompress::Finish,
            _ => return Err(ZError::Stream),
        };
        if self.finished {
            return Err(ZError::Stream);
        }
        self.start(out)?;
        self.pump(&[], how, out)?;
        if how == FlushCompress::Finish {
            self.finished = true;
            match self.wrap {
                Wrap::Zlib => push_output(out, &self.adler.value().to_be_bytes())?,
                Wrap::Gzip => {
                    let crc = self.crc.clone().finalize();
                    push_output(out, &crc.to_le_bytes())?;
                    push_output(out, &self.size.to_le_bytes())?;
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Feeds `data` with `how` until all of it is taken and the flush (if any) is done.
    fn pump(&mut self, data: &[u8], how: FlushCompress, out: &mut Vec<u8>) -> Result<(), ZError> {
        let mut tmp = vec![0u8; CHUNK];
        let mut pos = 0;
        loop {
            let (in0, out0) = (self.raw.total_in(), self.raw.total_out());
            let status = self
                .raw
                .compress(&data[pos..], &mut tmp, how)
                .map_err(|_| ZError::Stream)?;
            let used = (self.raw.total_in() - in0) as usize;
            let made = (self.raw.total_out() - out0) as usize;
            pos += used;
            push_output(out, &tmp[..made])?;
            let done = match how {
                FlushCompress::Finish => status == Status::StreamEnd,
                _ => pos == data.len() && made < tmp.len(),
            };
            if done || (used == 0 && made == 0) {
                return Ok(());
            }
        }
    }
}
