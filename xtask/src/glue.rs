//! Minifies the JavaScript glue that wasm-bindgen writes for the app (Trunk's own minifier
//! cannot read it) with esbuild from the npm registry, and writes the new Subresource Integrity
//! hash of the file into `dist/index.html`, so the browser still checks what it loads.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};

use crate::{run, tool_path};

/// Minifies `dist/app-*.js` in place and updates its `integrity` attribute in the page.
pub fn minify(root: &Path, dist: &Path) -> anyhow::Result<()> {
    let glue = glue_file(dist)?;
    let name = glue
        .file_name()
        .and_then(|name| name.to_str())
        .context("the glue file has no name")?
        .to_owned();
    run(Command::new("esbuild")
        .arg(&glue)
        .args([
            "--minify",
            "--format=esm",
            "--allow-overwrite",
            "--log-level=warning",
        ])
        .arg(format!("--outfile={}", glue.display()))
        .env("PATH", tool_path(root)))?;
    let hash = sha384(root, &glue)?;
    let index = dist.join("index.html");
    let html =
        std::fs::read_to_string(&index).with_context(|| format!("reading {}", index.display()))?;
    let html = with_integrity(&html, &name, &hash)
        .with_context(|| format!("dist/index.html links no {name} with an integrity hash"))?;
    std::fs::write(&index, html).with_context(|| format!("writing {}", index.display()))
}

/// The app's glue: the one `app-*.js` beside the wasm.
pub fn glue_file(dist: &Path) -> anyhow::Result<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dist).with_context(|| format!("reading {}", dist.display()))? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with("app-") && name.ends_with(".js") {
            found.push(path);
        }
    }
    match found.as_slice() {
        [one] => Ok(one.clone()),
        _ => bail!("expected one app-*.js in dist/, found {}", found.len()),
    }
}

/// The SHA-384 of a file in base64, as Subresource Integrity writes it, computed by Node (which
/// the build needs anyway for esbuild and wasm-opt).
pub fn sha384(root: &Path, file: &Path) -> anyhow::Result<String> {
    let output = Command::new("node")
        .args([
            "-e",
            "const c = require('crypto'); const fs = require('fs'); \
             process.stdout.write(c.createHash('sha384').update(fs.readFileSync(process.argv[1])).digest('base64'));",
        ])
        .arg(file)
        .current_dir(root)
        .output()
        .context("cannot start node")?;
    if !output.status.success() {
        bail!(
            "node could not hash {}: {}",
            file.display(),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let hash = String::from_utf8(output.stdout)?;
    if hash.len() != 64 {
        bail!("unexpected SHA-384 from node: {hash:?}");
    }
    Ok(hash)
}

/// The page with the `integrity` value of the tag that links `name` replaced by `hash`; `None`
/// when no tag links it with an integrity attribute. Works on quoted and unquoted attributes.
pub fn with_integrity(html: &str, name: &str, hash: &str) -> Option<String> {
    let at = html.find(&format!("./{name}"))?;
    let tag_start = html[..at].rfind('<')?;
    let tag_end = at + html[at..].find('>')?;
    let tag = &html[tag_start..tag_end];
    let attribute = tag.find("integrity=")?;
    let value_start = tag_start + attribute + "integrity=".len();
    let quoted = html[value_start..].starts_with('"');
    let value_start = value_start + usize::from(quoted);
    let value_end = value_start
        + html[value_start..tag_end]
            .find(|c: char| if quoted { c == '"' } else { c.is_whitespace() })
            .unwrap_or(tag_end - value_start);
    Some(format!(
        "{}sha384-{hash}{}",
        &html[..value_start],
        &html[value_end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_integrity_of_the_glue_only() {
        let hash = "A".repeat(64);
        let unquoted = "<link href=./a.css integrity=sha384-css rel=stylesheet><link crossorigin href=./app-1.js integrity=sha384-old rel=modulepreload><link href=./app-1_bg.wasm integrity=sha384-wasm>";
        let page = with_integrity(unquoted, "app-1.js", &hash).unwrap();
        assert!(page.contains(&format!("href=./app-1.js integrity=sha384-{hash} rel")));
        assert!(page.contains("integrity=sha384-css ") && page.contains("sha384-wasm>"));
        let quoted = "<link rel=\"modulepreload\" href=\"./app-1.js\" integrity=\"sha384-old\">";
        assert_eq!(
            with_integrity(quoted, "app-1.js", &hash).unwrap(),
            format!("<link rel=\"modulepreload\" href=\"./app-1.js\" integrity=\"sha384-{hash}\">")
        );
        assert_eq!(
            with_integrity("<link href=./app-1.js>", "app-1.js", &hash),
            None
        );
    }
}
