//! Who `serve` answers: only requests addressed to this machine by an IP address or
//! `localhost` (a web page on another host that rebinds its own name to 127.0.0.1 is
//! refused), and a live-reload WebSocket only from the server's own pages.

use axum::extract::Request;
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Whether a `Host` header names this server as a person would reach it: an IP
/// address (the bound one, or the machine's on a LAN) or `localhost`, with any port.
pub fn host_allowed(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(rest) => {
            return rest.split_once(']').is_some_and(|(ip, port)| {
                ip.parse::<std::net::Ipv6Addr>().is_ok() && (port.is_empty() || valid_port(port))
            });
        }
        None => match host.rsplit_once(':') {
            Some((name, port)) if valid_port(&format!(":{port}")) => name,
            Some(_) => return false,
            None => host,
        },
    };
    name.eq_ignore_ascii_case("localhost") || name.parse::<std::net::Ipv4Addr>().is_ok()
}

fn valid_port(port: &str) -> bool {
    port.strip_prefix(':').is_some_and(|p| !p.is_empty() && p.parse::<u16>().is_ok())
}

/// Whether a request's `Origin` (when a browser sends one) is this server itself.
pub fn origin_allowed(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN) else { return true };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
    origin.to_str().is_ok_and(|o| o == format!("http://{host}"))
}

/// Refuses requests for another host name (421) and cross-origin WebSockets (403).
pub async fn only_this_server(request: Request, next: Next) -> Response {
    let headers = request.headers();
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
    if !host_allowed(host) {
        return (StatusCode::MISDIRECTED_REQUEST, "glocal serve answers only localhost and IP addresses\n")
            .into_response();
    }
    if request.uri().path().starts_with("/__glocal/") && !origin_allowed(headers) {
        return (StatusCode::FORBIDDEN, "glocal serve answers its own pages only\n").into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn only_ip_addresses_and_localhost_are_answered() {
        for ok in ["127.0.0.1:4000", "localhost:4000", "LOCALHOST", "[::1]:4000", "[::1]", "192.168.1.20:4000"] {
            assert!(host_allowed(ok), "{ok}");
        }
        for bad in ["rebind.evil.example:4000", "evil.example", "", "127.0.0.1.evil.example", "localhost:x", "[::1]x"] {
            assert!(!host_allowed(bad), "{bad}");
        }
    }

    #[test]
    fn a_websocket_from_another_origin_is_refused() {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static("127.0.0.1:4000"));
        assert!(origin_allowed(&headers), "no Origin: not a browser page");
        headers.insert(header::ORIGIN, HeaderValue::from_static("http://127.0.0.1:4000"));
        assert!(origin_allowed(&headers));
        headers.insert(header::ORIGIN, HeaderValue::from_static("http://evil.example"));
        assert!(!origin_allowed(&headers));
    }
}
