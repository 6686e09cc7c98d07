//! Golden output (trycmd): cards, lists, help, and the README's examples.
//! `STATUSGEN_BLESS=1 cargo test --test golden` rewrites the expected output after a deliberate
//! change (the one bless variable of every generated file; trycmd's own `TRYCMD=overwrite` works too).

#[test]
fn golden_output() {
    if std::env::var_os("STATUSGEN_BLESS").is_some() {
        // SAFETY: set before trycmd reads it, and this test binary runs no other thread that reads it.
        unsafe { std::env::set_var("TRYCMD", "overwrite") };
    }
    trycmd::TestCases::new()
        .register_bin("statusgen", std::path::PathBuf::from(env!("CARGO_BIN_EXE_statusgen")))
        .env("COLUMNS", "80")
        .case("tests/cmd/*.toml")
        .case("README.md");
}
