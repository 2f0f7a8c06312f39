//! Two cores, one writer: pure work on a batch runs on the thread pool while this thread writes
//! the batch before it.

use rayon::prelude::*;

/// How many articles are laid out (in parallel) and written at a time.
pub(crate) const BATCH: usize = 256;

/// Runs the pure `work` over each batch's items on the thread pool while `serial` handles the
/// batch before it on this thread, in order: the extraction of one batch overlaps the writes
/// of the previous one, so that both cores stay busy with one writer. `load` (which may read
/// the catalog) runs on this thread too. At most two batches are held at a time.
pub(crate) fn pipelined<B, T, R, E>(
    batches: impl IntoIterator<Item = B>,
    mut load: impl FnMut(B) -> Result<Vec<T>, E>,
    work: impl Fn(&T) -> R + Sync,
    mut serial: impl FnMut(Vec<T>, Vec<R>) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send + Sync,
    R: Send,
{
    let work = &work;
    std::thread::scope(|scope| {
        let finish = |h: std::thread::ScopedJoinHandle<'_, (Vec<T>, Vec<R>)>| {
            h.join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        };
        let mut running = None;
        for batch in batches {
            let items = load(batch)?;
            let next = scope.spawn(move || {
                let results: Vec<R> = items.par_iter().map(work).collect();
                (items, results)
            });
            if let Some(h) = running.replace(next) {
                let (items, results) = finish(h);
                serial(items, results)?;
            }
        }
        if let Some(h) = running {
            let (items, results) = finish(h);
            serial(items, results)?;
        }
        Ok(())
    })
}
