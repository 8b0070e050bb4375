use chrono::{DateTime, Duration, TimeZone, Utc};
use uuid::Builder;

/// A small deterministic random source (SplitMix64): the same seed gives the same session.
pub(crate) struct Seeded {
    state: u64,
    clock: DateTime<Utc>,
}

impl Seeded {
    /// Starts at `seed`, with the clock at `start` (UTC).
    pub(crate) fn new(seed: u64, start: DateTime<Utc>) -> Self {
        Seeded {
            state: seed,
            clock: start,
        }
    }

    /// Starts at `seed` with the clock at 9:00 in New Mexico on the given day.
    pub(crate) fn at(seed: u64, year: i32, month: u32, day: u32) -> Self {
        let start = Utc
            .with_ymd_and_hms(year, month, day, 16, 0, 0)
            .single()
            .unwrap_or_default();
        Seeded::new(seed, start)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// Picks an index with probability proportional to its weight.
    pub(crate) fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut pick = self.below(total.max(1) as usize) as u32;
        for (index, &weight) in weights.iter().enumerate() {
            if pick < weight {
                return index;
            }
            pick -= weight;
        }
        weights.len().saturating_sub(1)
    }

    /// Moves the clock on by `seconds` and returns the new time.
    pub(crate) fn tick(&mut self, seconds: i64) -> DateTime<Utc> {
        self.clock += Duration::seconds(seconds);
        self.clock
    }

    /// Moves the clock on by `min` seconds plus up to `spread` more, and returns the new time.
    pub(crate) fn pause(&mut self, min: i64, spread: usize) -> DateTime<Utc> {
        let extra = self.below(spread.max(1)) as i64;
        self.tick(min + extra)
    }

    /// A UUID v7 at the current clock time, with seeded random bits.
    pub(crate) fn id(&mut self) -> String {
        let mut bytes = [0u8; 10];
        bytes[..8].copy_from_slice(&self.next_u64().to_le_bytes());
        bytes[8..].copy_from_slice(&self.next_u64().to_le_bytes()[..2]);
        let millis = u64::try_from(self.clock.timestamp_millis()).unwrap_or(0);
        Builder::from_unix_timestamp_millis(millis, &bytes)
            .into_uuid()
            .to_string()
    }
}
