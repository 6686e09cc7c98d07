//! Unit tests for the validator, through the library.

use super::*;

/// tests/data/minimal.toml, changed by `edit`, parsed (not validated).
fn minimal(edit: impl Fn(String) -> String) -> Kb {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/data/minimal.toml")).expect("fixture");
    let (mut kb, _) = crate::load::parse("minimal.toml", &edit(text)).expect("parses");
    crate::index::build(&mut kb);
    kb
}

#[test]
fn the_fixture_is_valid() {
    assert_eq!(validate(&minimal(|t| t)), Ok(()));
}

#[test]
fn problems_name_their_place() {
    let problem = validate(&minimal(|t| t.replace("related = [204]", "related = [299]"))).unwrap_err();
    assert_eq!(problem.place, Place::Code(200, 0));
    assert!(problem.message.contains("299"), "{problem}");
    let problem = validate(&minimal(|t| t.replace("yes = \"ok\"", "yes = \"nowhere\""))).unwrap_err();
    assert!(matches!(problem.place, Place::Node(..)), "{problem}");
    assert!(problem.to_string().contains("'nowhere'"), "{problem}");
}

#[test]
fn a_second_definition_is_the_one_reported() {
    let again = "\n[[code]]\ncode = 200\nname = \"Again\"\nstatus = \"registered\"\nreference = \"x\"\nsummary = \"x\"\nbody_allowed = true\ncacheable = false\nretry = \"no\"\n";
    let problem = validate(&minimal(|t| t + again)).unwrap_err();
    assert_eq!(problem.place, Place::Code(200, 1));
    assert_eq!(problem.message, "is defined twice");
}

#[test]
fn a_cycle_is_found() {
    let kb = minimal(|t| t.replace("yes = \"invalid\"", "yes = \"failed\""));
    let problem = validate(&kb).unwrap_err();
    assert_eq!(problem.place, Place::Node("parsable".into(), 0));
    assert!(problem.message.contains("the tree has a cycle"), "{problem}");
}
