//! Byte offset to line number, independent of the parser.

pub(crate) struct LineIndex {
    /// Byte offsets of every `\n` in the source, ascending.
    newlines: Vec<u32>,
}

impl LineIndex {
    pub(crate) fn new(source: &str) -> LineIndex {
        let newlines = source
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i as u32)
            .collect();
        LineIndex { newlines }
    }

    /// The 1-based line containing byte `offset`.
    pub(crate) fn line(&self, offset: u32) -> u32 {
        self.newlines.partition_point(|&nl| nl < offset) as u32 + 1
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn lines() {
        let li = LineIndex::new("ab\ncd\n\nx");
        assert_eq!(li.line(0), 1);
        assert_eq!(li.line(2), 1);
        assert_eq!(li.line(3), 2);
        assert_eq!(li.line(6), 3);
        assert_eq!(li.line(7), 4);
        assert_eq!(li.line(100), 4);
    }
}
