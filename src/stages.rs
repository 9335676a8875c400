//! What `--timings` reports: how long each stage of a build took and how much memory the
//! process held when it ended, so that a slow or swollen stage is named, not guessed.

use std::time::{Duration, Instant};

/// One stage of a run, measured when it ended.
#[derive(Debug, Clone)]
pub struct Stage {
    pub name: &'static str,
    pub time: Duration,
    /// Resident memory when the stage ended and the peak so far, in bytes (Linux only).
    pub memory: Option<Memory>,
}

#[derive(Debug, Clone, Copy)]
pub struct Memory {
    pub resident: u64,
    pub peak: u64,
}

impl Stage {
    /// The stage `name` that began at `clock` and ends now.
    pub fn since(name: &'static str, clock: Instant) -> Stage {
        Stage { name, time: clock.elapsed(), memory: Memory::now() }
    }

    /// The line `--timings` prints for this stage.
    pub fn line(&self) -> String {
        let ms = self.time.as_secs_f64() * 1000.0;
        match self.memory {
            Some(m) => {
                format!("{:>10}: {ms:>9.1} ms {:>7} MB held {:>7} MB peak", self.name, mb(m.resident), mb(m.peak))
            }
            None => format!("{:>10}: {ms:>9.1} ms", self.name),
        }
    }
}

fn mb(bytes: u64) -> u64 {
    bytes / (1 << 20)
}

impl Memory {
    /// The process's resident set now and its high-water mark, from `/proc/self/status`.
    pub fn now() -> Option<Memory> {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        Some(Memory { resident: field(&status, "VmRSS:")?, peak: field(&status, "VmHWM:")? })
    }
}

/// A `/proc` status field given in kB, in bytes.
fn field(status: &str, name: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with(name))?;
    let kb: u64 = line[name.len()..].trim().trim_end_matches("kB").trim().parse().ok()?;
    Some(kb * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_fields_are_read_in_bytes() {
        let status = "Name:\tglocal\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n";
        assert_eq!(field(status, "VmRSS:"), Some(100 << 20));
        assert_eq!(field(status, "VmHWM:"), Some(200 << 20));
        assert_eq!(field(status, "VmSwap:"), None);
    }

    #[test]
    fn a_stage_line_names_time_and_memory() {
        let stage = Stage {
            name: "render",
            time: Duration::from_millis(1500),
            memory: Some(Memory { resident: 300 << 20, peak: 512 << 20 }),
        };
        assert_eq!(stage.line(), "    render:    1500.0 ms     300 MB held     512 MB peak");
    }
}
