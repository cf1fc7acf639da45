//! The rules' one random generator: ChaCha8, seeded, stored in the game state, portable.
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{Rng, SeedableRng};

/// A new generator for a game seed.
pub fn seeded(seed: u64) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(seed)
}

/// A uniform draw in [0, 1), from the top 53 bits so that it is the same on every platform.
pub fn unit(rng: &mut ChaCha8Rng) -> f64 {
    (rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// True with probability `p`. Draws nothing when the answer is certain, so that adding a
/// certain event to a scenario does not shift every later draw.
pub fn chance(rng: &mut ChaCha8Rng, p: f64) -> bool {
    if p >= 1.0 {
        true
    } else if p <= 0.0 {
        false
    } else {
        unit(rng) < p
    }
}

/// A uniform draw in [lo, hi).
pub fn between(rng: &mut ChaCha8Rng, lo: f64, hi: f64) -> f64 {
    lo + (hi - lo) * unit(rng)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream_and_known_values() {
        let mut a = seeded(7);
        let mut b = seeded(7);
        let xs: Vec<f64> = (0..5).map(|_| unit(&mut a)).collect();
        let ys: Vec<f64> = (0..5).map(|_| unit(&mut b)).collect();
        assert_eq!(xs, ys);
        assert!(xs.iter().all(|x| (0.0..1.0).contains(x)));
        let mut c = seeded(8);
        assert_ne!(unit(&mut c), xs[0]);
    }

    #[test]
    fn certain_chances_draw_nothing() {
        let mut a = seeded(1);
        let mut b = seeded(1);
        assert!(chance(&mut a, 1.0));
        assert!(!chance(&mut a, 0.0));
        assert_eq!(unit(&mut a), unit(&mut b));
    }
}
