//! The strict Content-Security-Policy the built site runs under, and the step that makes the
//! build fit it: Trunk writes the start-up script inline in `index.html`; it moves to a file.

use std::path::Path;

use anyhow::{Context, bail};

/// The policy the tool's pages are served with (README, "Inbedden"). `frame-ancestors` names
/// the pages that may embed the tool; the local servers allow any local port, so the
/// end-to-end tests can embed it from a page on another port.
pub const POLICY: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
manifest-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; \
frame-ancestors 'self' http://127.0.0.1:* http://localhost:*";

/// Moves Trunk's inline start-up script out of `dist/index.html` into `start-<hash>.js`, and
/// fails if any inline script or style attribute is left in the page.
pub fn externalise_loader(dist: &Path) -> anyhow::Result<()> {
    let index = dist.join("index.html");
    let html =
        std::fs::read_to_string(&index).with_context(|| format!("reading {}", index.display()))?;
    let html = move_inline_module(dist, &html)?;
    if let Some(problem) = inline_code(&html) {
        bail!("dist/index.html still has {problem}; the Content-Security-Policy would block it");
    }
    std::fs::write(&index, html).with_context(|| format!("writing {}", index.display()))
}

/// Trunk's start-up script opens with one of these: as written, or with the quotes minified away.
const OPEN: [&str; 2] = ["<script type=\"module\">", "<script type=module>"];
const CLOSE: &str = "</script>";

fn move_inline_module(dist: &Path, html: &str) -> anyhow::Result<String> {
    let Some((start, open)) = OPEN
        .iter()
        .find_map(|open| html.find(open).map(|at| (at, *open)))
    else {
        // Already moved (a second run over the same dist/).
        return Ok(html.to_owned());
    };
    let body_start = start + open.len();
    let end = html[body_start..]
        .find(CLOSE)
        .map(|offset| body_start + offset)
        .context("Trunk's start-up script has no end tag")?;
    let code = html[body_start..end].trim();
    let name = format!("start-{:016x}.js", fnv1a(code.as_bytes()));
    std::fs::write(dist.join(&name), format!("{code}\n"))
        .with_context(|| format!("writing {name}"))?;
    Ok(format!(
        "{}<script type=\"module\" src=\"./{name}\"></script>{}",
        &html[..start],
        &html[end + CLOSE.len()..]
    ))
}

/// The first inline script, inline event handler or style attribute in a page, if any.
fn inline_code(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("<script") {
        let tag_end = rest[at..].find('>').map_or(rest.len(), |end| at + end);
        let tag = &rest[at..tag_end];
        if !tag.contains(" src=") {
            return Some(format!("an inline script: {tag}>"));
        }
        rest = &rest[tag_end..];
    }
    for attribute in [" style=", " onload=", " onerror=", " onclick="] {
        if lower.contains(attribute) {
            return Some(format!("an inline attribute `{}`", attribute.trim()));
        }
    }
    if lower.contains("<style") {
        return Some("a <style> element".to_owned());
    }
    None
}

/// A small stable hash for the file name (FNV-1a, 64 bits).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_the_inline_module_into_a_file() {
        let dist = std::env::temp_dir().join(format!("bzu-csp-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        let html = "<head><script type=\"module\">\nimport init from './app.js';\nawait init();\n</script><link rel=\"modulepreload\" href=\"./app.js\"></head>";
        let moved = move_inline_module(&dist, html).unwrap();
        assert!(!moved.contains("await init"), "{moved}");
        assert_eq!(inline_code(&moved), None);
        let name = moved
            .split("src=\"./")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let code = std::fs::read_to_string(dist.join(name)).unwrap();
        assert!(code.contains("import init from './app.js';"));
        // A second run changes nothing.
        assert_eq!(move_inline_module(&dist, &moved).unwrap(), moved);
        // Minified HTML drops the quotes around the type.
        let minified = html.replace("type=\"module\"", "type=module");
        let moved = move_inline_module(&dist, &minified).unwrap();
        assert!(!moved.contains("await init"), "{moved}");
        assert_eq!(inline_code(&moved), None);
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn finds_what_the_policy_would_block() {
        assert!(inline_code("<script>alert(1)</script>").is_some());
        assert!(inline_code("<div style=\"color:red\"></div>").is_some());
        assert!(inline_code("<img src=x onerror=\"x()\">").is_some());
        assert!(inline_code("<style>p{}</style>").is_some());
        assert_eq!(
            inline_code("<script type=\"module\" src=\"./a.js\"></script>"),
            None
        );
    }
}
