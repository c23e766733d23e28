//! The house style chosen at build time: the design tokens of an NL Design System theme (the
//! neutral voorbeeld theme, or the Rijkshuisstijl community theme as an opt-in), cut down to the
//! custom properties that the app's stylesheets read, written where `app/index.html` links them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::str::FromStr;

use anyhow::{Context, bail};

/// The generated token file, relative to the project root; `app/index.html` links it.
pub const TOKENS: &str = "target/thema/tokens.css";

/// Which theme's tokens the build uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// The NL Design System voorbeeld theme (EUPL-1.2): for any host organisation.
    #[default]
    Neutral,
    /// The Rijkshuisstijl community theme: only for central-government deployments, see README.
    Rijkshuisstijl,
}

impl FromStr for Theme {
    type Err = anyhow::Error;

    fn from_str(name: &str) -> anyhow::Result<Self> {
        match name {
            "neutraal" => Ok(Theme::Neutral),
            "rijkshuisstijl" => Ok(Theme::Rijkshuisstijl),
            other => bail!("onbekend thema {other:?}: kies neutraal of rijkshuisstijl"),
        }
    }
}

impl Theme {
    /// The npm package and its token file that declares every token on `:root`.
    fn source(self) -> (&'static str, &'static str) {
        match self {
            Theme::Neutral => (
                "@nl-design-system-unstable/voorbeeld-design-tokens",
                "dist/variables.css",
            ),
            Theme::Rijkshuisstijl => ("@rijkshuisstijl-community/design-tokens", "dist/root.css"),
        }
    }
}

/// The theme named by `--thema <naam>` in the arguments, the neutral one without it.
pub fn from_args(args: &[String]) -> anyhow::Result<Theme> {
    match args.iter().position(|arg| arg == "--thema") {
        Some(index) => args
            .get(index + 1)
            .context("--thema needs a name: neutraal or rijkshuisstijl")?
            .parse(),
        None => Ok(Theme::default()),
    }
}

/// Writes [`TOKENS`]: the theme's tokens that the other stylesheets of `app/index.html` read,
/// directly or through other tokens. The full voorbeeld theme is 13 KB brotli, more than the
/// download budget has room for; the tokens the app reads are well under 1 KB.
pub fn write_tokens(root: &Path, theme: Theme) -> anyhow::Result<()> {
    let index = read(&root.join("app").join("index.html"))?;
    let mut used = BTreeSet::new();
    for href in stylesheets(&index) {
        if href.ends_with(TOKENS) {
            continue;
        }
        used.extend(var_names(&read(&root.join("app").join(href))?));
    }
    let (package, file) = theme.source();
    let package_dir = root.join("node_modules").join(package);
    let manifest = read(&package_dir.join("package.json"))?;
    let version = json_string(&manifest, "version").unwrap_or("?");
    let licence = json_string(&manifest, "license").unwrap_or("?");
    let tokens = subset(&read(&package_dir.join(file))?, &used);
    // Compact, since every byte counts against the download budget.
    let mut css =
        format!("/* {package}@{version} ({licence}), cut by xtask/src/theme.rs */\n:root{{");
    for (name, value) in &tokens {
        css.push_str(&format!("{name}:{value};"));
    }
    css.push_str("}\n");
    let path = root.join(TOKENS);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating {}", parent.display()))?;
    }
    std::fs::write(&path, css).with_context(|| format!("writing {}", path.display()))?;
    println!(
        "==> thema {theme:?}: {} tokens from {package}@{version} → {TOKENS}",
        tokens.len()
    );
    Ok(())
}

fn read(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| {
        format!(
            "reading {} (run `cargo xtask setup` for node_modules)",
            path.display()
        )
    })
}

/// The `href`s of the `<link ... rel="css" ...>` tags Trunk bundles, in order.
fn stylesheets(html: &str) -> Vec<&str> {
    html.split("<link")
        .skip(1)
        .filter_map(|tag| {
            let tag = &tag[..tag.find('>')?];
            if !tag.contains("rel=\"css\"") {
                return None;
            }
            let start = tag.find("href=\"")? + "href=\"".len();
            let length = tag[start..].find('"')?;
            Some(&tag[start..start + length])
        })
        .collect()
}

/// Every custom property name that appears inside a `var(` in the CSS.
fn var_names(css: &str) -> BTreeSet<String> {
    css.match_indices("var(")
        .filter_map(|(index, _)| {
            let rest = css[index + "var(".len()..].trim_start();
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            name.starts_with("--").then_some(name)
        })
        .collect()
}

/// Whether a theme token may come in. Fonts, font sizes and margins stay ours: the layout is
/// tuned for them, and a theme's font stack could name a font the host may not use (the
/// Rijkshuisstijl fonts are proprietary), so the app always uses the system fonts.
fn allowed(name: &str) -> bool {
    !["font-family", "font-size", "margin"]
        .iter()
        .any(|part| name.contains(part))
}

/// The custom property declarations of a token file (comments removed), by name.
fn declarations(css: &str) -> BTreeMap<String, String> {
    let mut text = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    text.split([';', '{', '}'])
        .filter_map(|piece| {
            let (name, value) = piece.trim().split_once(':')?;
            let name = name.trim();
            name.starts_with("--")
                .then(|| (name.to_string(), value.trim().to_string()))
        })
        .collect()
}

/// The tokens named in `used` and every token their values refer to, as declared in `css`.
fn subset(css: &str, used: &BTreeSet<String>) -> BTreeMap<String, String> {
    let mut declared = declarations(css);
    let mut kept = BTreeMap::new();
    let mut wanted: Vec<String> = used.iter().cloned().collect();
    while let Some(name) = wanted.pop() {
        if !allowed(&name) {
            continue;
        }
        // Taking the declaration out also ends cycles.
        if let Some(value) = declared.remove(&name) {
            wanted.extend(var_names(&value));
            kept.insert(name, value);
        }
    }
    kept
}

/// The string value of a top-level key in a small JSON file such as package.json.
fn json_string<'a>(json: &'a str, key: &str) -> Option<&'a str> {
    let after_key = &json[json.find(&format!("\"{key}\""))? + key.len() + 2..];
    let after_colon = after_key.trim_start().strip_prefix(':')?.trim_start();
    let value = after_colon.strip_prefix('"')?;
    Some(&value[..value.find('"')?])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(tokens: &str, our_css: &str, expected: &[(&str, &str)]) {
        let used = var_names(our_css);
        let kept = subset(tokens, &used);
        let kept: Vec<(&str, &str)> = kept.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        assert_eq!(kept, expected);
    }

    #[test]
    fn keeps_the_used_tokens_and_what_they_refer_to() {
        check(
            ":root {\n  --a: var(--b);\n  --b: #fff; /** [code-only] */\n  --c: red;\n}",
            "body { color: var(--a, #000); }",
            &[("--a", "var(--b)"), ("--b", "#fff")],
        );
    }

    #[test]
    fn fonts_sizes_and_margins_stay_ours() {
        check(
            ":root { --h-font-family: 'RijksoverheidSans'; --h-font-size: 3rem; --h-margin-block-end: 0; --h-color: navy; }",
            "h1 { font-family: var(--h-font-family); font-size: var(--h-font-size); margin: var(--h-margin-block-end); color: var(--h-color); }",
            &[("--h-color", "navy")],
        );
    }

    #[test]
    fn unknown_tokens_are_left_to_their_fallbacks() {
        check(":root { --a: 1px; }", "a { color: var( --x, red); }", &[]);
    }

    #[test]
    fn finds_the_trunk_stylesheets() {
        let html = r#"<link rel="icon" href="data:,">
  <link data-trunk rel="css" href="../target/thema/tokens.css">
  <link data-trunk rel="css" href="../public/style.css">
  <link data-trunk rel="rust" href="Cargo.toml">"#;
        assert_eq!(
            stylesheets(html),
            ["../target/thema/tokens.css", "../public/style.css"]
        );
    }

    #[test]
    fn reads_the_version_and_licence() {
        let manifest = r#"{ "name": "x", "version": "7.4.1", "license" : "EUPL-1.2" }"#;
        assert_eq!(json_string(manifest, "version"), Some("7.4.1"));
        assert_eq!(json_string(manifest, "license"), Some("EUPL-1.2"));
    }

    #[test]
    fn names_a_theme() {
        let args = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(from_args(&args(&["dist"])).ok(), Some(Theme::Neutral));
        assert_eq!(
            from_args(&args(&["dist", "--thema", "rijkshuisstijl"])).ok(),
            Some(Theme::Rijkshuisstijl)
        );
        assert!(from_args(&args(&["dist", "--thema", "rijk"])).is_err());
    }
}
