//! Standard output that may be closed early (`claimcheck report … | head
//! -1`): the run goes on to its end and exits with the code its findings
//! call for, instead of stopping at the first failed write with success.

use std::io::{self, Write};

/// A writer that takes a closed pipe (`EPIPE`) as its reader having seen
/// enough: that write and every later one are dropped, and the run's exit
/// code is left to its findings. Other errors pass through.
#[derive(Debug)]
pub struct ClosedPipeOk<W> {
    inner: W,
    closed: bool,
}

impl<W: Write> ClosedPipeOk<W> {
    /// Wrap `inner`.
    pub fn new(inner: W) -> Self {
        ClosedPipeOk {
            inner,
            closed: false,
        }
    }

    /// True once the reader went away.
    pub fn closed(&self) -> bool {
        self.closed
    }

    fn absorb(&mut self, result: io::Result<usize>, len: usize) -> io::Result<usize> {
        match result {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(len)
            }
            other => other,
        }
    }
}

impl<W: Write> Write for ClosedPipeOk<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        let result = self.inner.write(buf);
        self.absorb(result, buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        let result = self.inner.flush().map(|()| 0);
        self.absorb(result, 0).map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::from(io::ErrorKind::BrokenPipe))
        }
        fn flush(&mut self) -> io::Result<()> {
            Err(io::Error::from(io::ErrorKind::BrokenPipe))
        }
    }

    #[test]
    fn a_closed_pipe_swallows_writes_and_says_so() {
        let mut out = ClosedPipeOk::new(Closed);
        assert!(out.write_all(b"report").is_ok());
        assert!(out.flush().is_ok());
        assert!(out.closed());
    }

    #[test]
    fn other_errors_still_fail() {
        let mut buffer = [0u8; 2];
        let mut full = ClosedPipeOk::new(io::Cursor::new(&mut buffer[..]));
        assert!(full.write_all(b"too long").is_err());
        assert!(!full.closed());
    }
}
