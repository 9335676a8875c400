//! `glocal serve`: every target served from memory over HTTP, the workspace watched,
//! and open pages reloaded over a WebSocket after each rebuild. A lesson edit
//! re-renders only that lesson's pages; a broken save keeps the last good site and
//! shows its errors in the browser and the terminal.

pub mod classify;
mod guard;
pub mod session;

use crate::commands::print_diagnostics;
use crate::pipeline::Options;
use axum::Router;
use axum::extract::State;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use classify::{Change, classify};
use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use session::Session;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::broadcast;

const LIVE_JS: &str = include_str!("live.js");

#[derive(Clone)]
struct Shared {
    session: Arc<Mutex<Session>>,
    events: broadcast::Sender<String>,
}

pub struct ServeArgs {
    pub root: PathBuf,
    pub port: u16,
    pub bind: IpAddr,
    pub open: bool,
}

pub fn run(args: ServeArgs) -> ExitCode {
    let options = Options::new(args.root.clone());
    let mut session = Session::new(options);
    if let Err(e) = session.full() {
        eprintln!("error: {}", e.0);
        return ExitCode::from(2);
    }
    if session.workspace().is_none() {
        print_diagnostics(None, &session.errors);
        return ExitCode::from(1);
    }
    report(&session);
    let (events, _) = broadcast::channel(64);
    let shared = Shared { session: Arc::new(Mutex::new(session)), events };
    let runtime =
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("a tokio runtime");
    runtime.block_on(async move {
        let listener = match tokio::net::TcpListener::bind(SocketAddr::new(args.bind, args.port)).await {
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: cannot listen on {}:{}: {e}", args.bind, args.port);
                return ExitCode::from(2);
            }
        };
        let address = listener.local_addr().expect("a bound address");
        // Watch before announcing the address, so no change made after it is missed.
        let root = args.root.canonicalize().unwrap_or(args.root.clone());
        let watcher = watch(root, shared.clone());
        eprintln!("serving http://{address}/ (press Ctrl-C to stop)");
        if args.open {
            let _ = std::process::Command::new(if cfg!(target_os = "macos") { "open" } else { "xdg-open" })
                .arg(format!("http://{address}/"))
                .spawn();
        }
        let app = Router::new()
            .route("/__glocal/ws", get(socket))
            .route("/__glocal/live.js", get(|| async { ([(header::CONTENT_TYPE, "text/javascript")], LIVE_JS) }))
            .route("/__glocal/state", get(state))
            .fallback(page)
            .layer(axum::middleware::from_fn(guard::only_this_server))
            .with_state(shared);
        let served = axum::serve(listener, app).await;
        drop(watcher);
        match served {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        }
    })
}

fn report(session: &Session) {
    let r = &session.report;
    if !session.errors.is_empty() {
        print_diagnostics(session.workspace(), &session.errors);
        eprintln!("the last good site is still served; fix the errors and save again");
        return;
    }
    let what = match r.kind {
        "lessons" => {
            format!("{} page{} of the changed lessons", r.rendered.len(), if r.rendered.len() == 1 { "" } else { "s" })
        }
        _ => format!("everything ({} pages)", r.rendered.len()),
    };
    eprintln!("rebuilt {what} in {} ms", r.millis);
}

/// Watches the workspace on a thread of its own; each debounced batch is classified,
/// rebuilt and announced. When idle after a lesson rebuild, the rest is refreshed.
fn watch(
    root: PathBuf,
    shared: Shared,
) -> Option<
    notify_debouncer_full::Debouncer<
        notify_debouncer_full::notify::RecommendedWatcher,
        notify_debouncer_full::RecommendedCache,
    >,
> {
    let (tx, rx) = std::sync::mpsc::channel();
    let mut debouncer = match notify_debouncer_full::new_debouncer(Duration::from_millis(40), None, tx) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("warning: cannot watch for changes: {e}");
            return None;
        }
    };
    if let Err(e) = debouncer.watch(&root, RecursiveMode::Recursive) {
        eprintln!("warning: cannot watch {}: {e}", root.display());
        return None;
    }
    std::thread::spawn(move || {
        loop {
            match rx.recv_timeout(Duration::from_millis(800)) {
                Ok(Ok(events)) => {
                    // Reading files while rebuilding raises access events; only writes,
                    // creations, renames and removals change what a build sees.
                    let paths: Vec<String> = events
                        .iter()
                        .filter(|e| !matches!(e.kind, EventKind::Access(_) | EventKind::Other))
                        .flat_map(|e| e.paths.iter())
                        .filter_map(|p| {
                            classify::relative(&root, p).map(|r| if p.is_dir() { format!("{r}/") } else { r })
                        })
                        .collect();
                    if std::env::var_os("GLOCAL_DEBUG").is_some() {
                        let kinds: Vec<String> = events.iter().map(|e| format!("{:?} {:?}", e.kind, e.paths)).collect();
                        eprintln!("events: {kinds:?}");
                    }
                    rebuild(&shared, classify(paths.iter().map(String::as_str), Some("public")), true);
                }
                Ok(Err(errors)) => errors.iter().for_each(|e| eprintln!("warning: watching: {e}")),
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => refresh(&shared),
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
            }
        }
    });
    Some(debouncer)
}

/// Once the workspace is quiet after a lesson rebuild, builds everything again on a
/// thread of its own (print pages, search indexes, kits), without holding up the next
/// edit; a build overtaken by a newer change is dropped.
fn refresh(shared: &Shared) {
    static RUNNING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    let (stale, generation, options) = {
        let s = shared.session.lock().expect("not poisoned");
        (s.extras_stale, s.generation, s.options().clone())
    };
    if !stale || RUNNING.swap(true, std::sync::atomic::Ordering::SeqCst) {
        return;
    }
    let shared = shared.clone();
    std::thread::spawn(move || {
        let clock = std::time::Instant::now();
        if let Ok(built) = crate::pipeline::build_all(&options) {
            let mut session = shared.session.lock().expect("not poisoned");
            if session.generation == generation {
                let was_broken = !session.errors.is_empty();
                session.install(built, clock);
                if session.errors.is_empty() {
                    eprintln!("refreshed print pages, search and kits in {} ms", clock.elapsed().as_millis());
                    if was_broken {
                        let _ = shared.events.send(serde_json::json!({ "type": "reload" }).to_string());
                    }
                }
            }
        }
        RUNNING.store(false, std::sync::atomic::Ordering::SeqCst);
    });
}

/// Rebuilds for a change and tells open pages: reload, or show the errors. A refresh
/// of print pages, search and kits after a lesson rebuild (`announce: false`) reloads
/// nothing unless it ends a broken state.
fn rebuild(shared: &Shared, change: Change, announce: bool) {
    if std::env::var_os("GLOCAL_DEBUG").is_some() {
        eprintln!("change: {change:?}");
    }
    let mut session = shared.session.lock().expect("not poisoned");
    let was_broken = !session.errors.is_empty();
    if let Change::Nothing = change {
        return;
    }
    let done = matches!(&change, Change::Lessons(paths) if session.lessons(paths).is_some());
    if !done && let Err(e) = session.full() {
        session.cannot_build(e);
    }
    report(&session);
    let message = if !session.errors.is_empty() {
        serde_json::json!({ "type": "errors", "html": errors_html(&session) })
    } else if (announce || was_broken) && !session.report.rendered.is_empty() {
        serde_json::json!({ "type": "reload", "rebuilt": session.report.rendered.len() })
    } else {
        return;
    };
    let _ = shared.events.send(message.to_string());
}

fn errors_html(session: &Session) -> String {
    let source_of = |file: &str| -> Option<String> {
        let ws = session.workspace()?;
        ws.sources.for_snippet(&ws.root, file)
    };
    let text = crate::diagnostics::render_terminal(&session.errors, &source_of, false);
    format!(
        "<h1 style=\"font:700 1.3rem system-ui;margin:0 0 1rem\">glocal: the build failed; the last good version is shown underneath</h1><pre style=\"white-space:pre-wrap\">{}</pre>",
        crate::render::escape_html(&text)
    )
}

async fn socket(ws: WebSocketUpgrade, State(shared): State<Shared>) -> Response {
    ws.on_upgrade(move |socket| forward(socket, shared))
}

async fn forward(mut socket: WebSocket, shared: Shared) {
    let mut events = shared.events.subscribe();
    let pending = {
        let session = shared.session.lock().expect("not poisoned");
        (!session.errors.is_empty())
            .then(|| serde_json::json!({ "type": "errors", "html": errors_html(&session) }).to_string())
    };
    if let Some(m) = pending
        && socket.send(Message::Text(m.into())).await.is_err()
    {
        return;
    }
    while let Ok(message) = events.recv().await {
        if socket.send(Message::Text(message.into())).await.is_err() {
            break;
        }
    }
}

/// The state of the server as JSON: the last rebuild and the current errors.
async fn state(State(shared): State<Shared>) -> Response {
    let session = shared.session.lock().expect("not poisoned");
    let errors: Vec<_> = session.errors.iter().map(|d| serde_json::json!({ "code": d.code, "file": d.location.file, "line": d.location.line, "message": d.message })).collect();
    let body = serde_json::json!({ "report": session.report, "errors": errors, "extras_stale": session.extras_stale });
    ([(header::CONTENT_TYPE, "application/json")], body.to_string()).into_response()
}

async fn page(State(shared): State<Shared>, uri: Uri) -> Response {
    let path = percent_decode(uri.path().trim_start_matches('/'));
    let session = shared.session.lock().expect("not poisoned");
    let candidates = if path.is_empty() || path.ends_with('/') {
        vec![format!("{path}index.html")]
    } else {
        vec![path.clone(), format!("{path}/index.html")]
    };
    for (i, candidate) in candidates.iter().enumerate() {
        let Some(bytes) = session.files.get(candidate) else { continue };
        if i == 1 {
            return (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, format!("/{path}/"))]).into_response();
        }
        let mime = mime_of(candidate);
        if mime.starts_with("text/html") {
            let html = String::from_utf8_lossy(bytes).replacen(
                "</body>",
                "<script src=\"/__glocal/live.js\"></script>\n</body>",
                1,
            );
            return ([(header::CONTENT_TYPE, mime), (header::CACHE_CONTROL, "no-store")], html).into_response();
        }
        return ([(header::CONTENT_TYPE, mime), (header::CACHE_CONTROL, "no-store")], bytes.as_ref().clone())
            .into_response();
    }
    (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], format!("no page at /{path}\n"))
        .into_response()
}

fn mime_of(path: &str) -> &'static str {
    match Path::new(path).extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "xml" => "application/xml",
        "csv" => "text/csv; charset=utf-8",
        "zip" => "application/zip",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(b) = s.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
