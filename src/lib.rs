//! Recordline: a reader for United Nations meeting records.
//!
//! The core is pure: [`parse`] turns the text of a summary record (treaty bodies)
//! or a verbatim record (General Assembly, Security Council) into a [`Record`]
//! plus diagnostics, and [`export`] turns a record into JSON or a readable
//! outline. Nothing here touches the file system, the network or the browser;
//! the command-line tool (`src/main.rs`) and the web app (`src/ui`, feature
//! `web`) are thin shells over it.
//!
//! ```
//! let text = "United Nations CMW/C/SR.464\n\nThe meeting was called to order at 3.10 p.m.\n\n\
//!             1. Mr. Kariyawasam (Country Rapporteur) said that he wished to commend the Government.\n\n\
//!             The meeting rose at 6 p.m.";
//! let parsed = recordline::parse(text);
//! assert_eq!(parsed.record.symbol.as_deref(), Some("CMW/C/SR.464"));
//! let outline = recordline::export::outline(&parsed);
//! assert!(outline.contains("[15:10] called to order"));
//! assert!(outline.contains("Mr. Kariyawasam (Country Rapporteur) ¶1"));
//! ```

#![forbid(unsafe_code)]
#![warn(missing_debug_implementations, rust_2018_idioms)]

pub mod export;
pub mod host;
pub mod i18n;
pub mod import;
pub mod invariants;
pub mod library;
pub mod model;
pub mod parse;
pub mod timeline;
#[cfg(feature = "web")]
pub mod ui;
pub mod versions;
pub mod viewer;

pub use model::{Diagnostic, Parsed, Record};
pub use parse::parse;
