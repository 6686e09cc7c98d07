//! Situations are checked like every other entry: their answers must walk to their code.

use crate::model::Kb;
use crate::validate::{Place, validate};

/// tests/data/minimal.toml with one situation added (fields as given), parsed and indexed.
fn with_situation(fields: &str) -> Kb {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/data/minimal.toml")).expect("fixture");
    let text = format!("{text}\n[[situation]]\n{fields}\n");
    let (mut kb, _) = crate::load::parse("minimal.toml", &text).expect("parses");
    crate::index::build(&mut kb);
    kb
}

const GOOD: &str = "id = \"bad-json\"\ntext = \"The body is not JSON.\"\ncode = 400\ntopic = \"validation\"\nreason = \"It cannot be parsed.\"\nyes = [\"failed\"]\nno = [\"parsable\"]";

fn problem(fields: &str) -> String {
    let problem = validate(&with_situation(fields)).unwrap_err();
    assert!(matches!(problem.place, Place::Situation(..)), "{problem}");
    problem.to_string()
}

#[test]
fn answers_keyed_by_question_id_walk_to_the_code() {
    assert_eq!(validate(&with_situation(GOOD)), Ok(()));
    let reordered = GOOD.replace(
        "yes = [\"failed\"]\nno = [\"parsable\"]",
        "no = [\"parsable\"]\nyes = [\"failed\"]",
    );
    assert_eq!(validate(&with_situation(&reordered)), Ok(()));
}

#[test]
fn a_missing_a_stray_or_a_wrong_answer_is_named() {
    let message = problem(&GOOD.replace("no = [\"parsable\"]", "no = []"));
    assert!(message.contains("no answer to question 'parsable'"), "{message}");
    let message = problem(&GOOD.replace("no = [\"parsable\"]", "no = [\"parsable\", \"body\"]"));
    assert!(message.contains("'body', which its walk never asks"), "{message}");
    let message = problem(&GOOD.replace("code = 400", "code = 422"));
    assert!(
        message.contains("end at 400") && message.contains("not at 422"),
        "{message}"
    );
    let accepted = GOOD.replace(
        "code = 400",
        "code = 422\naccepted = [{ code = 400, why = \"Also fine.\" }]",
    );
    assert_eq!(validate(&with_situation(&accepted)), Ok(()));
}

#[test]
fn ids_codes_and_topics_are_checked() {
    let twice = format!("{GOOD}\n\n[[situation]]\n{GOOD}");
    let problem = validate(&with_situation(&twice)).unwrap_err();
    assert_eq!(problem.place, Place::Situation("bad-json".into(), 1));
    let message = self::problem(&GOOD.replace("code = 400", "code = 499"));
    assert!(message.contains("499"), "{message}");
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/data/minimal.toml")).expect("fixture");
    let bad_topic = format!("{text}\n[[situation]]\n{}\n", GOOD.replace("validation", "gossip"));
    let error = crate::load::parse("minimal.toml", &bad_topic).err().expect("refused");
    assert!(error.contains("unknown variant `gossip`"), "{error}");
    let extra = format!("{text}\n[[situation]]\n{GOOD}\ncolour = \"red\"\n");
    assert!(crate::load::parse("minimal.toml", &extra).is_err());
}

#[test]
fn topic_names_are_the_file_names() {
    use crate::model::Topic;
    for (topic, name) in Topic::ALL.into_iter().zip(Topic::NAMES) {
        assert_eq!(topic.name(), name);
        assert_eq!(Topic::from_name(name), Some(topic));
        let written: Topic = toml::Value::String(name.into()).try_into().expect("a topic");
        assert_eq!(written, topic);
    }
}

#[test]
fn the_hint_is_the_last_question_answered_yes() {
    let kb = with_situation(GOOD);
    let tree = crate::tree::Tree::new(&kb);
    let question = crate::situation::decisive(&tree, &kb.situations[0]).expect("a question");
    assert_eq!(question.id, "failed", "the walk is yes failed, no parsable");
}
