//! What drawing the room works out, kept between frames: a few values in egui's memory under a
//! slot, found again by a fingerprint of everything they depend on (the session's content or
//! revision, the window's size), newest first, the oldest forgotten. The room draws in two
//! windows (the projector and the console's preview) from a copy of the session, without the
//! document, so its memory lives in egui's memory rather than in the app's views where the
//! app's caches are (`app::cache`).

use egui::{Context, Id};

/// The value kept under `slot` for `key`, if any.
pub fn recall<V: Clone + Send + Sync + 'static>(ctx: &Context, slot: Id, key: u64) -> Option<V> {
    ctx.data(|data| {
        data.get_temp::<Vec<(u64, V)>>(slot)
            .and_then(|entries| entries.into_iter().find(|(k, _)| *k == key))
            .map(|(_, value)| value)
    })
}

/// Keeps `value` under `slot` for `key`, with at most `keep` values in all.
pub fn remember<V: Clone + Send + Sync + 'static>(
    ctx: &Context,
    slot: Id,
    key: u64,
    value: V,
    keep: usize,
) {
    ctx.data_mut(|data| {
        let entries = data.get_temp_mut_or_default::<Vec<(u64, V)>>(slot);
        entries.retain(|(k, _)| *k != key);
        entries.insert(0, (key, value));
        entries.truncate(keep);
    });
}

/// The value under `slot` for `key`, worked out by `make` (and kept) when there is none.
pub fn remembered<V: Clone + Send + Sync + 'static>(
    ctx: &Context,
    slot: Id,
    key: u64,
    keep: usize,
    make: impl FnOnce() -> V,
) -> V {
    if let Some(value) = recall(ctx, slot, key) {
        return value;
    }
    let value = make();
    remember(ctx, slot, key, value.clone(), keep);
    value
}
