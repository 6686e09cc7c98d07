//! The planted server of the `check` tests, outside them: `cargo run --example planted-server --
//! PORT` serves it (docs/CHECK.md records HAR files and runs the peers against it);
//! `--routes` prints `METHOD PATH EXPECTED-RULE` lines (`-` for a clean answer) and exits.

#[path = "../tests/common/server.rs"]
mod server;

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_else(|| "8080".into());
    if arg == "--routes" {
        for r in server::ROUTES {
            println!("{} {} {}", r.method, r.path, r.expect.unwrap_or("-"));
        }
        return;
    }
    let addr = server::start(&format!("127.0.0.1:{arg}"));
    eprintln!("planted server on http://{addr}");
    loop {
        std::thread::park();
    }
}
