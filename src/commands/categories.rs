//! `statusgen categories`: the five classes with their meaning and counts.

use std::io::Write;

use statusgen_kb::model::Kb;

use crate::emit::{Format, emit};
use crate::error::Error;
use crate::exit::Exit;
use crate::render::list::{Categories, Category};

pub fn run(kb: &Kb, format: Format, out: &mut dyn Write) -> Result<Exit, Error> {
    let categories = kb.classes.iter().map(|class| {
        let digit = class.digit();
        let in_class = || kb.codes.iter().filter(move |c| Some(c.code / 100) == digit);
        Category {
            class: &class.class,
            name: &class.name,
            description: &class.description,
            count: in_class().filter(|c| c.is_official()).count(),
            unofficial: in_class().filter(|c| !c.is_official()).count(),
        }
    });
    emit(out, format, &Categories(categories.collect()))?;
    Ok(Exit::Success)
}
