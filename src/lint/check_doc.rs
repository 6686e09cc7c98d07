//! Rules across the whole description: one code for validation failures, no 302, some error
//! response somewhere.

use super::rules::Site;
use super::walk::{Ctx, Op};
use crate::review::args::Validation;

/// Operations are met one at a time (one per operation object: an operation shared by many
/// paths counts once), and only what the rules need is kept: counts and first places.
pub struct Whole {
    convention: Option<Validation>,
    /// (uses, first place) of 400 and of 422.
    bad: (usize, Option<Site>),
    unprocessable: (usize, Option<Site>),
    /// Operations met, and whether one declares an error response.
    ops: usize,
    errors: bool,
}

impl Whole {
    pub fn new(convention: Option<Validation>) -> Whole {
        Whole {
            convention,
            bad: (0, None),
            unprocessable: (0, None),
            ops: 0,
            errors: false,
        }
    }

    pub fn op(&mut self, ctx: &mut Ctx, op: &Op) {
        self.ops += 1;
        self.errors |= op.has_class(4) || op.has_class(5) || op.has_default();
        if let Some(found) = op.response(302) {
            let message = "302 Found lets clients turn POST into GET; say 303 See Other (fetch this with GET) \
                           or 307 Temporary Redirect (repeat the request)";
            ctx.report("prefer-303-307", Some(302), found.site.clone(), message.into());
        }
        for (code, count) in [(400, &mut self.bad), (422, &mut self.unprocessable)] {
            if let Some(found) = op.response(code) {
                count.0 += 1;
                count.1.get_or_insert_with(|| found.site.clone());
            }
        }
        match self.convention {
            None => {}
            Some(Validation::BadRequest) => {
                if let Some(found) = op.response(422) {
                    let message = "422 for a validation failure; the team's convention is 400 (--validation)".into();
                    ctx.report("validation-mixed", Some(422), found.site.clone(), message);
                }
            }
            Some(Validation::Unprocessable) => {
                if op.body
                    && !op.has(422)
                    && let Some(found) = op.response(400)
                {
                    let message = "400 without 422 on an operation that takes a body; the team's convention for \
                                   validation failures is 422 (--validation)";
                    ctx.report("validation-mixed", Some(400), found.site.clone(), message.into());
                }
            }
        }
    }

    pub fn finish(self, ctx: &mut Ctx) {
        no_errors(ctx, self.ops, self.errors);
        if self.convention.is_none() {
            mixed(ctx, self.bad, self.unprocessable);
        }
    }
}

/// Not one error response in the whole document: one finding, at `paths`.
fn no_errors(ctx: &mut Ctx, ops: usize, errors: bool) {
    if ops == 0 || errors {
        return;
    }
    let doc = ctx.docs.get(0);
    let Some(paths) = doc.tree.member(doc.tree.root, "paths") else {
        return;
    };
    let site = Site {
        doc: 0,
        pos: paths.key_pos,
        pointer: "/paths".into(),
    };
    let message = format!(
        "none of the {ops} operations declares an error response (no 4xx, 5xx, range or default): clients cannot know \
         what a failure looks like"
    );
    ctx.report("no-error-responses", Some(400), site, message);
}

/// Both codes in use: one finding at the first use of the rarer one, naming both places.
fn mixed(ctx: &mut Ctx, bad: (usize, Option<Site>), unprocessable: (usize, Option<Site>)) {
    let ((bad, Some(first_400)), (unprocessable, Some(first_422))) = (bad, unprocessable) else {
        return;
    };
    let (code, at) = if unprocessable <= bad {
        (422, &first_422)
    } else {
        (400, &first_400)
    };
    let message = format!(
        "both 400 ({bad} uses, first at {}) and 422 ({unprocessable} uses, first at {}) answer invalid input; pick one (--validation)",
        place(ctx, &first_400),
        place(ctx, &first_422)
    );
    ctx.report("validation-mixed", Some(code), at.clone(), message);
}

/// `file:line:column` of a site.
pub fn place(ctx: &Ctx, site: &Site) -> String {
    let doc = ctx.docs.get(site.doc);
    let (line, column, ..) = doc.lines().locate(&doc.tree.source, site.pos);
    format!("{}:{line}:{column}", doc.name)
}
