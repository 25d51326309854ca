//! Normalisers: turn the words of a claim into comparable values.
//!
//! In: text. Out: values (numbers with qualifiers, times of day, dates,
//! quantities with units). They know nothing of documents or rules; the
//! extractors call them.

pub mod amount;
pub mod date;
pub mod number;
pub mod rarity;
pub mod skeleton;
pub mod time;
pub mod words;
