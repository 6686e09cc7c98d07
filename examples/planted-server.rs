//! The planted server of the `check` tests, outside them: `cargo run --example planted-server --
//! PORT` (docs/CHECK.md records HAR files and runs the peers against it).

#[path = "../tests/common/server.rs"]
mod server;

fn main() {
    let port = std::env::args().nth(1).unwrap_or_else(|| "8080".into());
    let addr = server::start(&format!("127.0.0.1:{port}"));
    eprintln!("planted server on http://{addr}");
    loop {
        std::thread::park();
    }
}
