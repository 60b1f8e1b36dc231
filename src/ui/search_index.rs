//! The search index for the window: built on a background thread that starts after the first
//! frame is painted, so start-up does not compete with it for the CPU (on two busy cores it
//! cost ~70 ms of time to first frame; docs/performance.md).

use crate::i18n::Localizer;
use crate::model::category::Category;
use crate::model::playbook::Playbook;
use crate::search::index::Document;
use crate::search::{Corpus, Target};

/// What the index is built from (plain strings, so it can move to another thread).
pub(crate) struct IndexInput {
    targets: Vec<(Target, Category)>,
    documents: Vec<Document>,
    synonyms: Vec<Vec<String>>,
}

/// The search index, from "not started" to "ready".
pub(crate) enum CorpusSlot {
    NotStarted(Box<IndexInput>),
    Building(std::sync::mpsc::Receiver<Corpus>),
    Ready(Box<Corpus>),
    Failed,
}

impl CorpusSlot {
    /// Collects the documents now (formatting needs the [`Localizer`]; about a millisecond in
    /// a release build) and leaves the indexing for [`Self::start`].
    pub(crate) fn prepare(playbook: &Playbook, loc: &Localizer, synonyms: &[Vec<String>]) -> Self {
        let (targets, documents) = Corpus::documents(playbook, loc);
        CorpusSlot::NotStarted(Box::new(IndexInput {
            targets,
            documents,
            synonyms: synonyms.to_vec(),
        }))
    }

    /// Starts indexing on a named background thread (once; later calls do nothing).
    pub(crate) fn start(&mut self, ctx: &egui::Context) {
        let CorpusSlot::NotStarted(_) = self else { return };
        let CorpusSlot::NotStarted(input) = std::mem::replace(self, CorpusSlot::Failed) else {
            return;
        };
        let (sender, receiver) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new().name("search-index".to_owned()).spawn(move || {
            let started = std::time::Instant::now();
            let corpus = Corpus::from_documents(input.targets, &input.documents, &input.synonyms);
            log::info!("search index: {} documents in {:?}", corpus.len(), started.elapsed());
            // The app may already be gone; nothing to do then.
            let _ = sender.send(corpus);
            ctx.request_repaint();
        });
        *self = match spawned {
            Ok(_) => CorpusSlot::Building(receiver),
            Err(error) => {
                log::error!("could not start the search-index thread: {error}");
                CorpusSlot::Failed
            }
        };
    }

    /// The index, starting it or waiting for the thread if needed.
    pub(crate) fn get(&mut self, ctx: &egui::Context) -> Option<&Corpus> {
        self.start(ctx);
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
