//! The steps of `review` on standard error: one line each, and on a terminal a progress bar
//! while a large proof file uploads (megabytes sent of the total, time left). Piped or with
//! `--json`, nothing beyond the one line per step (a script reads lines, not bars).

use std::cell::RefCell;
use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::submit::{Progress, SIZE_WORTH_TELLING};

pub struct Steps {
    json: bool,
    terminal: bool,
    /// The bar of the file uploading now, and its index.
    bar: RefCell<Option<(usize, ProgressBar)>>,
    /// The last step said as a line, so each is said once.
    said: RefCell<Option<String>>,
}

impl Steps {
    pub fn new(json: bool) -> Self {
        Self {
            json,
            terminal: std::io::stderr().is_terminal(),
            bar: RefCell::new(None),
            said: RefCell::new(None),
        }
    }

    pub fn tell(&self, step: Progress) {
        if self.json {
            return;
        }
        if let Progress::Uploading {
            index,
            total,
            size,
            sent,
            ref name,
            ..
        } = step
        {
            if self.terminal && size >= SIZE_WORTH_TELLING {
                let title = crate::fl!(
                    "submit-uploading",
                    index = index,
                    total = total,
                    name = name
                );
                self.bar_for(index, size, &title).set_position(sent);
                return;
            }
            // One line per file, however many progress steps it takes.
            let start = format!("upload {index}");
            if self.said.borrow().as_deref() == Some(start.as_str()) {
                return;
            }
            self.said.replace(Some(start));
        } else {
            self.finish();
        }
        eprintln!("{step}");
    }

    /// The bar for file `index`, made on its first step (the one before ends there).
    fn bar_for(&self, index: usize, size: u64, title: &str) -> ProgressBar {
        let mut current = self.bar.borrow_mut();
        if let Some((shown, bar)) = current.as_ref()
            && *shown == index
        {
            return bar.clone();
        }
        if let Some((_, done)) = current.take() {
            done.finish();
        }
        let bar = ProgressBar::with_draw_target(Some(size), ProgressDrawTarget::stderr());
        // The title is text, not a template: its braces must not be read as fields.
        let title = title.replace('{', "{{").replace('}', "}}");
        let template =
            format!("{title} {{bar:30}} {{binary_bytes}} / {{binary_total_bytes}}  {{eta}}");
        if let Ok(style) = ProgressStyle::with_template(&template) {
            bar.set_style(style);
        }
        *current = Some((index, bar.clone()));
        bar
    }

    /// Ends the bar, if one is shown, leaving its last state on screen.
    pub fn finish(&self) {
        if let Some((_, bar)) = self.bar.borrow_mut().take() {
            bar.finish();
        }
    }
}
