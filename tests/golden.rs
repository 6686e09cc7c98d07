//! Golden output (trycmd): cards, lists, help, and the README's examples.
//! `TRYCMD=overwrite cargo test --test golden` rewrites the expected output after a deliberate change.

#[test]
fn golden_output() {
    trycmd::TestCases::new()
        .register_bin("statusgen", std::path::PathBuf::from(env!("CARGO_BIN_EXE_statusgen")))
        .env("COLUMNS", "80")
        .case("tests/cmd/*.toml")
        .case("README.md");
}
