//! The small statistics of the evaluation: sums that give means, shares of a whole,
//! and the rule that no figure is shown for fewer than `min_group` people.

use serde::Serialize;

/// A running total and count: a mean without keeping the values.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Sum {
    pub total: f64,
    pub n: u32,
}

impl Sum {
    pub fn add(&mut self, value: f64) {
        self.total += value;
        self.n += 1;
    }

    pub fn merge(&mut self, other: Sum) {
        self.total += other.total;
        self.n += other.n;
    }

    pub fn mean(&self) -> Option<f64> {
        (self.n > 0).then(|| self.total / f64::from(self.n))
    }
}

/// How many of `n` were in the group counted (ratings of 4 or 5, right answers).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Share {
    pub hits: u32,
    pub n: u32,
}

impl Share {
    pub fn add(&mut self, hit: bool) {
        self.hits += u32::from(hit);
        self.n += 1;
    }

    pub fn merge(&mut self, other: Share) {
        self.hits += other.hits;
        self.n += other.n;
    }

    pub fn ratio(&self) -> Option<f64> {
        (self.n > 0).then(|| f64::from(self.hits) / f64::from(self.n))
    }
}

/// Rounded for showing: means to two decimals, shares to one percent decimal.
pub fn round(value: f64, places: i32) -> f64 {
    let f = 10f64.powi(places);
    let scaled = value * f;
    // Figures are ratios of counts: an exact half (39/80 = 0.4875) may land a hair
    // below .5 in binary; nudged, it rounds half up as a hand computation does.
    let nudged = scaled + scaled.signum() * 1e-9;
    // Adding zero turns -0.0 into 0.0, which no page should print as "-0".
    nudged.round() / f + 0.0
}

/// A figure as shown: its value, or none when too few people stand behind it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Shown {
    pub value: Option<f64>,
    /// How many people the figure is from (shown even when the value is not).
    pub n: u32,
    pub suppressed: bool,
}

impl Shown {
    pub fn new(value: Option<f64>, n: u32, min_group: u32) -> Shown {
        let suppressed = n < min_group && value.is_some();
        Shown { value: if n >= min_group { value } else { None }, n, suppressed }
    }

    pub fn hide(&mut self) {
        if self.value.is_some() {
            self.value = None;
            self.suppressed = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn means_and_shares_are_computed_from_running_sums() {
        let mut s = Sum::default();
        for v in [4.0, 5.0, 3.0, 4.0] {
            s.add(v);
        }
        assert_eq!(s.mean(), Some(4.0));
        let mut h = Share::default();
        for hit in [true, false, true, true] {
            h.add(hit);
        }
        assert_eq!(h.ratio(), Some(0.75));
        assert_eq!(Sum::default().mean(), None);
        assert!(round(-0.0001, 2).is_sign_positive(), "no negative zero");
        assert_eq!(round(39.0 / 80.0, 3), 0.488, "an exact half rounds up");
        assert_eq!(round(2.0 / 3.0, 3), 0.667);
    }

    #[test]
    fn a_figure_from_fewer_than_the_minimum_group_is_not_shown() {
        assert_eq!(Shown::new(Some(4.2), 4, 5).value, None);
        assert!(Shown::new(Some(4.2), 4, 5).suppressed);
        assert_eq!(Shown::new(Some(4.2), 5, 5).value, Some(4.2));
        assert!(!Shown::new(None, 0, 5).suppressed, "nothing to hide is not a suppression");
    }
}
