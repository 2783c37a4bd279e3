//! Benchmark step: the balance table (`checks::balance`): for each option, the numbers it gets on
//! the side of gains and of harms in the first layer and on each print, the single-trial results
//! shown for it each way, its first-layer words, and the values list by direction.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    print!(
        "{}",
        local_therapy_aid::checks::balance::table(local_therapy_aid::content::bundle()).markdown()
    );
}

#[cfg(target_arch = "wasm32")]
fn main() {}
