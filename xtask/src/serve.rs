//! A small static file server for `dist/`: enough for `cargo xtask serve` and for the end-to-end
//! tests, with the right content types, no directory escapes, no rewrite rules, and the strict
//! Content-Security-Policy of a real deployment on every response.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};

use anyhow::Context;

pub struct Server {
    pub port: u16,
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|ext| ext.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "csv" => "text/csv; charset=utf-8",
        "png" => "image/png",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// What a request path is under `root`.
enum Found {
    File(PathBuf),
    /// A folder asked for without its trailing slash: relative links need the slash.
    Folder(String),
}

/// Maps a request path onto a file under `root`, refusing `..` and falling back to index.html
/// for folders, like any plain static file server.
fn resolve(root: &Path, request_path: &str) -> Option<Found> {
    let path = request_path.split(['?', '#']).next().unwrap_or("/");
    let mut resolved = root.to_path_buf();
    for part in path.split('/').filter(|part| !part.is_empty()) {
        if part == ".." || part.contains('\\') {
            return None;
        }
        resolved.push(part);
    }
    if resolved.is_dir() {
        if !path.ends_with('/') {
            return Some(Found::Folder(format!("{path}/")));
        }
        resolved.push("index.html");
    }
    resolved.is_file().then_some(Found::File(resolved))
}

fn handle(root: &Path, stream: TcpStream) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let mut stream = stream;
    let mut location = String::new();
    let (status, body, kind) = match (method, resolve(root, target)) {
        ("GET" | "HEAD", Some(Found::File(path))) => {
            ("200 OK", std::fs::read(&path)?, content_type(&path))
        }
        ("GET" | "HEAD", Some(Found::Folder(with_slash))) => {
            let query = target.find('?').map_or("", |at| &target[at..]);
            location = format!("Location: {with_slash}{query}\r\n");
            ("301 Moved Permanently", Vec::new(), "text/plain")
        }
        ("GET" | "HEAD", None) => ("404 Not Found", b"not found".to_vec(), "text/plain"),
        _ => ("405 Method Not Allowed", Vec::new(), "text/plain"),
    };
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n{location}\
         Content-Security-Policy: {}\r\nX-Content-Type-Options: nosniff\r\n\
         Referrer-Policy: no-referrer\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len(),
        crate::csp::POLICY,
    )?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

fn accept_loop(root: PathBuf, listener: TcpListener) {
    for stream in listener.incoming().flatten() {
        let root = root.clone();
        std::thread::spawn(move || {
            let _ = handle(&root, stream);
        });
    }
}

/// Serves `root` on 127.0.0.1 at a free port, in the background.
pub fn spawn(root: &Path) -> anyhow::Result<Server> {
    let listener = TcpListener::bind("127.0.0.1:0").context("binding a local port")?;
    let port = listener.local_addr()?.port();
    let root = root.to_path_buf();
    std::thread::spawn(move || accept_loop(root, listener));
    Ok(Server { port })
}

/// Serves `root` on 127.0.0.1:`port` until interrupted.
pub fn serve_forever(root: &Path, port: u16) -> anyhow::Result<()> {
    let listener = TcpListener::bind(("127.0.0.1", port))
        .with_context(|| format!("port {port} is in use; try --port"))?;
    println!(
        "==> serving {} at http://127.0.0.1:{port}/ (Ctrl+C stops)",
        root.display()
    );
    accept_loop(root.to_path_buf(), listener);
    Ok(())
}
