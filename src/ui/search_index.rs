//! The search index for the window, built on a background thread at start-up.

use crate::i18n::Localizer;
use crate::model::playbook::Playbook;
use crate::search::Corpus;

/// The search index, built on a named background thread and handed over through a channel.
pub(crate) enum CorpusSlot {
    Building(std::sync::mpsc::Receiver<Corpus>),
    Ready(Box<Corpus>),
    Failed,
}

impl CorpusSlot {
    /// Collects the documents (formatting needs the [`Localizer`], so this part runs here,
    /// in a few milliseconds) and indexes them on a background thread.
    pub(crate) fn start(ctx: &egui::Context, playbook: &Playbook, loc: &Localizer, synonyms: &[Vec<String>]) -> Self {
        let (targets, documents) = Corpus::documents(playbook, loc);
        let synonyms = synonyms.to_vec();
        let (sender, receiver) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new().name("search-index".to_owned()).spawn(move || {
            let started = std::time::Instant::now();
            let corpus = Corpus::from_documents(targets, &documents, &synonyms);
            log::info!("search index: {} documents in {:?}", corpus.len(), started.elapsed());
            // The app may already be gone; nothing to do then.
            let _ = sender.send(corpus);
            ctx.request_repaint();
        });
        match spawned {
            Ok(_) => CorpusSlot::Building(receiver),
            Err(error) => {
                log::error!("could not start the search-index thread: {error}");
                CorpusSlot::Failed
            }
        }
    }

    /// The index, waiting for the thread if it is still building.
    pub(crate) fn get(&mut self) -> Option<&Corpus> {
        if let CorpusSlot::Building(receiver) = self {
            *self = match receiver.recv() {
                Ok(corpus) => CorpusSlot::Ready(Box::new(corpus)),
                Err(_) => CorpusSlot::Failed,
            };
        }
        match self {
            CorpusSlot::Ready(corpus) => Some(corpus),
            _ => None,
        }
    }
}
