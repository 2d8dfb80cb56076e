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
    /// The bar of the file uploading now, its index, and its last words.
    bar: RefCell<Option<(usize, ProgressBar, String)>>,
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
                let bar = self.bar_for(index, size, &title);
                bar.set_position(sent);
                if let Some(shown) = self.bar.borrow_mut().as_mut() {
                    shown.2 = format!("{title} {}", crate::format::megabytes_of(sent, size));
                }
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
        if let Some((shown, bar, _)) = self.bar.borrow().as_ref()
            && *shown == index
        {
            return bar.clone();
        }
        self.finish();
        let mut current = self.bar.borrow_mut();
        let bar = ProgressBar::with_draw_target(Some(size), ProgressDrawTarget::stderr());
        // The title is text, not a template: its braces must not be read as fields.
        let escaped = title.replace('{', "{{").replace('}', "}}");
        let template =
            format!("{escaped} {{bar:30}} {{binary_bytes}} / {{binary_total_bytes}}  {{eta}}");
        if let Ok(style) = ProgressStyle::with_template(&template) {
            bar.set_style(style);
        }
        *current = Some((index, bar.clone(), title.to_owned()));
        bar
    }

    /// Ends the bar, if one is shown, leaving a line that says how far it got.
    pub fn finish(&self) {
        if let Some((_, bar, last)) = self.bar.borrow_mut().take() {
            bar.finish_and_clear();
            eprintln!("{last}");
        }
    }
}
