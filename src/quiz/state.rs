//! Quiz progress under `$XDG_STATE_HOME/statusgen/quiz.json` (default `~/.local/state/`),
//! written atomically (a temporary file renamed over the old one) after every answer.
//!
//! Several quizzes at once (two terminals) do not lose each other's answers: each save reads
//! the file again and writes back what it holds with this quiz's situations and count on top.
//! A symbolic link is written through, not replaced.
//!
//! Leitner boxes: a right answer moves a situation up a box (up to 5), a wrong one or a skip back
//! to box 1. A situation in box k is due again 2^(k-1) quizzes after it was last asked, so what
//! was missed comes back at every quiz and what is known ever more rarely. A file that cannot be
//! read or written is one warning; the quiz goes on (a damaged file is kept beside as
//! `quiz.json.damaged` before a new one is written).

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The highest box.
const TOP: u8 = 5;
/// Refuse to read more than this: progress for a few hundred situations is a few tens of KiB.
const MAX_BYTES: u64 = 4 << 20;

#[derive(Default, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// Quizzes taken so far.
    pub quizzes: u64,
    /// By situation id.
    pub situations: BTreeMap<String, Item>,
}

#[derive(Default, Clone, Copy, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    #[serde(rename = "box")]
    pub level: u8,
    /// The quiz (number) it was last asked in.
    pub asked: u64,
    pub right: u32,
    pub wrong: u32,
}

/// The progress file, read once; written after each answer.
pub struct Store {
    path: Option<PathBuf>,
    pub progress: Progress,
    /// The file on disk could not be read: keep it aside before writing over it.
    damaged: bool,
    /// A write failed once already (said once).
    failed: bool,
    /// This quiz's number, once started.
    number: u64,
    /// Whether a save has counted this quiz in the file.
    counted: bool,
    /// The situations this quiz recorded: they win over the file's when saving.
    touched: BTreeSet<String>,
    warnings: Vec<String>,
}

/// `$XDG_STATE_HOME/statusgen` (an absolute path), else `~/.local/state/statusgen`.
pub fn dir() -> Option<PathBuf> {
    let xdg = std::env::var_os("XDG_STATE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute());
    let home = || std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state"));
    xdg.or_else(home).map(|d| d.join("statusgen"))
}

impl Store {
    /// Reads the progress; a missing file is a fresh start, a bad one a warning.
    pub fn open() -> Store {
        let path = dir().map(|d| d.join("quiz.json"));
        let mut store = Store {
            path: path.clone(),
            progress: Progress::default(),
            damaged: false,
            failed: false,
            number: 0,
            counted: false,
            touched: BTreeSet::new(),
            warnings: Vec::new(),
        };
        let Some(path) = path else {
            store.warn("no HOME or XDG_STATE_HOME: quiz progress will not be saved".into());
            return store;
        };
        match read(&path) {
            Ok(Some(progress)) => store.progress = progress,
            Ok(None) => {}
            Err(why) => {
                store.damaged = true;
                store.warn(format!(
                    "quiz progress in {} cannot be read ({why}); starting afresh (the old file is kept as quiz.json.damaged)",
                    shown(&path)
                ));
            }
        }
        store
    }

    fn warn(&mut self, message: String) {
        self.warnings.push(message);
    }

    /// Warnings not yet shown, each one line.
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.warnings)
    }

    fn item(&self, id: &str) -> Item {
        self.progress.situations.get(id).copied().unwrap_or_default()
    }

    /// Missed (or skipped) the last time it was asked.
    pub fn missed(&self, id: &str) -> bool {
        let item = self.item(id);
        item.level == 1 && item.asked > 0
    }

    /// Never asked, or its box's interval has passed.
    pub fn due(&self, id: &str) -> bool {
        let item = self.item(id);
        item.level == 0 || self.progress.quizzes.saturating_sub(item.asked) >= 1 << (item.level - 1).min(TOP)
    }

    /// A new quiz begins.
    pub fn start(&mut self) {
        self.progress.quizzes = self.progress.quizzes.saturating_add(1);
        self.number = self.progress.quizzes;
    }

    /// Right (`Some(true)`), wrong, or skipped (`None`); then saves.
    pub fn record(&mut self, id: &str, correct: Option<bool>) {
        let quiz = if self.number > 0 {
            self.number
        } else {
            self.progress.quizzes
        };
        let item = self.progress.situations.entry(id.to_string()).or_default();
        item.asked = quiz;
        // Counts from a hand-edited file may sit at their limits: they stay there.
        match correct {
            Some(true) => {
                item.right = item.right.saturating_add(1);
                item.level = item.level.min(TOP - 1) + 1;
            }
            Some(false) => {
                item.wrong = item.wrong.saturating_add(1);
                item.level = 1;
            }
            None => item.level = 1,
        }
        self.touched.insert(id.to_string());
        self.save();
    }

    /// Writes the progress atomically; a failure is said once.
    fn save(&mut self) {
        let Some(path) = self.path.clone() else { return };
        if self.failed {
            return;
        }
        if let Err(why) = self.write(&path) {
            self.failed = true;
            self.warn(format!("cannot save quiz progress to {}: {why}", shown(&path)));
        }
    }

    /// What to write: the file as it is now (another quiz may have saved since it was read) with
    /// this quiz's situations and count on top; this quiz's progress when the file is unreadable.
    fn merged(&self, path: &Path) -> Progress {
        let on_disk = if self.damaged { None } else { read(path).ok().flatten() };
        let Some(mut merged) = on_disk else {
            return self.progress.clone();
        };
        merged.quizzes = if self.counted {
            merged.quizzes.max(self.number)
        } else {
            merged.quizzes.saturating_add(1).max(self.number)
        };
        for id in &self.touched {
            if let Some(item) = self.progress.situations.get(id) {
                merged.situations.insert(id.clone(), *item);
            }
        }
        merged
    }

    fn write(&mut self, path: &Path) -> std::io::Result<()> {
        // A link (to a dotfiles repository, say) is written through, not replaced by a file.
        let resolved = std::fs::canonicalize(path).ok().filter(|p| p.is_file());
        let path = resolved.as_deref().unwrap_or(path);
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        if self.damaged {
            std::fs::rename(path, path.with_extension("json.damaged"))?;
            self.damaged = false;
        }
        let progress = self.merged(path);
        let temporary = dir.join(format!(".quiz.json.{}.tmp", std::process::id()));
        let result = (|| {
            let mut file = std::fs::File::create(&temporary)?;
            serde_json::to_writer_pretty(&mut file, &progress)?;
            file.write_all(b"\n")?;
            file.sync_all()?;
            std::fs::rename(&temporary, path)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&temporary);
        } else {
            self.counted = true;
            self.progress = progress;
        }
        result
    }
}

/// The progress in a file; `None` when there is none yet.
fn read(path: &Path) -> Result<Option<Progress>, String> {
    use statusgen_kb::file::{Refused, read_regular};
    use std::io::ErrorKind;
    let bytes = match read_regular(path, MAX_BYTES) {
        Ok(bytes) => bytes,
        // Nothing there yet (or a file where the folder should be: the first save says so).
        Err(Refused::Io(e)) if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory) => return Ok(None),
        Err(Refused::Io(e)) => return Err(e.to_string()),
        Err(Refused::TooLarge(_)) => return Err("it is too large".into()),
        Err(_) => return Err("not a regular file".into()),
    };
    serde_json::from_slice(&bytes).map(Some).map_err(|e| e.to_string())
}

/// A path as it may be printed.
fn shown(path: &Path) -> String {
    statusgen_kb::text::escape(&path.display().to_string()).into_owned()
}
