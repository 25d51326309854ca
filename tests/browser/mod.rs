//! A minimal WebDriver client for the HTML report's browser test: starts
//! Debian's chromedriver on a free port, opens headless Chromium through it,
//! and speaks the W3C WebDriver protocol (JSON over HTTP/1.0) with the
//! standard library alone.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// The element key of the W3C WebDriver protocol.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// A running chromedriver with one browser session; both end on drop.
pub struct Browser {
    driver: Child,
    port: u16,
    session: String,
    _profile: tempfile::TempDir,
}

/// Where Debian installs chromedriver and Chromium.
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// Debian's Chromium.
pub const CHROMIUM: &str = "/usr/bin/chromium";

fn http(port: u16, method: &str, path: &str, body: Option<&Value>) -> Result<Value, String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .map_err(|e| e.to_string())?;
    let body = body.map(Value::to_string).unwrap_or_default();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream
        .write_all(request.as_bytes())
        .map_err(|e| e.to_string())?;
    // Read the head, then exactly Content-Length bytes of body: the driver
    // may keep the connection open.
    let mut response = Vec::new();
    let mut buf = [0u8; 8192];
    let (head_end, length) = loop {
        let n = stream.read(&mut buf).map_err(|e| e.to_string())?;
        if n == 0 {
            return Err("connection closed before the response head".into());
        }
        response.extend_from_slice(&buf[..n]);
        if let Some(end) = response.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&response[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .ok_or_else(|| format!("no Content-Length in {head}"))?;
            break (end + 4, length);
        }
    };
    while response.len() < head_end + length {
        let n = stream.read(&mut buf).map_err(|e| e.to_string())?;
        if n == 0 {
            break;
        }
        response.extend_from_slice(&buf[..n]);
    }
    let json = String::from_utf8_lossy(&response[head_end..]);
    let value: Value = serde_json::from_str(&json).map_err(|e| format!("{e}: {json}"))?;
    if let Some(error) = value["value"].get("error") {
        return Err(format!(
            "{method} {path}: {error}: {}",
            value["value"]["message"]
        ));
    }
    Ok(value["value"].clone())
}

impl Browser {
    /// Start chromedriver and a headless Chromium session.
    pub fn start() -> Result<Browser, String> {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("{CHROMEDRIVER}: {e}"))?;
        let profile = tempfile::tempdir().map_err(|e| e.to_string())?;
        let mut browser = Browser {
            driver,
            port,
            session: String::new(),
            _profile: profile,
        };
        let started = Instant::now();
        while http(port, "GET", "/status", None)
            .ok()
            .and_then(|v| v["ready"].as_bool())
            != Some(true)
        {
            if started.elapsed() > Duration::from_secs(20) {
                return Err("chromedriver did not become ready in 20 s".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,1800",
                    format!("--user-data-dir={}", browser._profile.path().display()),
                ]
            }
        }}});
        let session = http(port, "POST", "/session", Some(&capabilities))?;
        browser.session = session["sessionId"]
            .as_str()
            .ok_or("no session id")?
            .to_string();
        Ok(browser)
    }

    fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Value, String> {
        http(
            self.port,
            method,
            &format!("/session/{}{path}", self.session),
            body,
        )
    }

    /// Open a local file.
    pub fn open(&self, file: &Path) -> Result<(), String> {
        let url = format!("file://{}", file.display());
        self.call("POST", "/url", Some(&json!({ "url": url })))
            .map(drop)
    }

    /// Run `script` in the page and return its result.
    pub fn eval(&self, script: &str) -> Result<Value, String> {
        self.call(
            "POST",
            "/execute/sync",
            Some(&json!({ "script": script, "args": [] })),
        )
    }

    /// The WebDriver id of the first element matching a CSS selector.
    fn find(&self, selector: &str) -> Result<String, String> {
        let found = self.call(
            "POST",
            "/element",
            Some(&json!({ "using": "css selector", "value": selector })),
        )?;
        found[ELEMENT]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| "no element id".to_string())
    }

    /// Click the first element matching a CSS selector.
    pub fn click(&self, selector: &str) -> Result<(), String> {
        let id = self.find(selector)?;
        self.call("POST", &format!("/element/{id}/click"), Some(&json!({})))
            .map(drop)
    }

    /// Type `text` into the first element matching a CSS selector, key by
    /// key, as a person would.
    pub fn type_into(&self, selector: &str, text: &str) -> Result<(), String> {
        let id = self.find(selector)?;
        self.call(
            "POST",
            &format!("/element/{id}/value"),
            Some(&json!({ "text": text })),
        )
        .map(drop)
    }

    /// Resize the browser window (its outer size, in CSS pixels).
    pub fn resize(&self, width: u32, height: u32) -> Result<(), String> {
        self.call(
            "POST",
            "/window/rect",
            Some(&json!({ "width": width, "height": height })),
        )
        .map(drop)
    }

    /// A PNG screenshot of the viewport.
    pub fn screenshot(&self) -> Result<Vec<u8>, String> {
        let encoded = self.call("GET", "/screenshot", None)?;
        base64(encoded.as_str().ok_or("screenshot is not a string")?)
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = http(
                self.port,
                "DELETE",
                &format!("/session/{}", self.session),
                None,
            );
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Decode standard base64 (as WebDriver sends screenshots).
fn base64(text: &str) -> Result<Vec<u8>, String> {
    let value = |c: u8| -> Result<u32, String> {
        Ok(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return Err(format!("not base64: {:?}", c as char)),
        }
        .into())
    };
    let bytes: Vec<u8> = text
        .bytes()
        .filter(|b| !b.is_ascii_whitespace() && *b != b'=')
        .collect();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        let decoded = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend(&decoded[..chunk.len().saturating_sub(1)]);
    }
    Ok(out)
}

#[test]
fn base64_decodes_with_and_without_padding() {
    assert_eq!(base64("aGVsbG8=").expect("valid"), b"hello");
    assert_eq!(base64("aGk").expect("valid"), b"hi");
    assert_eq!(base64("YWJj").expect("valid"), b"abc");
    assert!(base64("a*").is_err());
}
