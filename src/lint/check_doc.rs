//! Rules across the whole description: one code for validation failures, no 302.

use super::args::Validation;
use super::rules::Site;
use super::walk::{Ctx, Op};

/// `ops`: one per operation object (an operation shared by many paths counts once).
pub fn check(ctx: &mut Ctx, ops: &[&Op], convention: Option<Validation>) {
    for op in ops {
        if let Some(found) = op.response(302) {
            let message = "302 Found lets clients turn POST into GET; say 303 See Other (fetch this with GET) \
                           or 307 Temporary Redirect (repeat the request)";
            ctx.report("prefer-303-307", Some(302), found.site.clone(), message.into());
        }
    }
    let sites = |code: u16| -> Vec<Site> {
        ops.iter()
            .filter_map(|op| op.response(code))
            .map(|r| r.site.clone())
            .collect()
    };
    let (bad, unprocessable) = (sites(400), sites(422));
    match convention {
        None => mixed(ctx, &bad, &unprocessable),
        Some(Validation::BadRequest) => {
            for site in unprocessable {
                let message = "422 for a validation failure; the team's convention is 400 (--validation)".into();
                ctx.report("validation-mixed", Some(422), site, message);
            }
        }
        Some(Validation::Unprocessable) => {
            for op in ops.iter().filter(|op| op.body && !op.has(422)) {
                if let Some(found) = op.response(400) {
                    let message = "400 without 422 on an operation that takes a body; the team's convention for \
                                   validation failures is 422 (--validation)";
                    ctx.report("validation-mixed", Some(400), found.site.clone(), message.into());
                }
            }
        }
    }
}

/// Both codes in use: one finding at the first use of the rarer one, naming both places.
fn mixed(ctx: &mut Ctx, bad: &[Site], unprocessable: &[Site]) {
    let (Some(first_400), Some(first_422)) = (bad.first(), unprocessable.first()) else {
        return;
    };
    let (code, at) = if unprocessable.len() <= bad.len() {
        (422, first_422)
    } else {
        (400, first_400)
    };
    let message = format!(
        "both 400 ({} uses, first at {}) and 422 ({} uses, first at {}) answer invalid input; pick one (--validation)",
        bad.len(),
        place(ctx, first_400),
        unprocessable.len(),
        place(ctx, first_422)
    );
    ctx.report("validation-mixed", Some(code), at.clone(), message);
}

/// `file:line:column` of a site.
pub fn place(ctx: &Ctx, site: &Site) -> String {
    let doc = ctx.docs.get(site.doc);
    let (line, column, ..) = doc.lines().locate(&doc.tree.source, site.pos);
    format!("{}:{line}:{column}", super::text::shown(&doc.name))
}
