//! The install manifest: the exact list of what `install-desktop` put on disk, so that
//! `uninstall-desktop` removes those files and nothing else.
//!
//! A plain text file, one entry a line, fields separated by tabs (shown here as `→`):
//!
//! ```text
//! # comment
//! file → <sha-256 of the bytes written> → <absolute path>
//! dir → <absolute path of a folder the install created>
//! default → <mimeapps.list path> → <mime type> → <desktop file name> [→ created]
//! ```
//!
//! `default` records a default-application line the install added, so uninstall can take
//! exactly that line out again (and the file, when the install created it and nothing
//! else is left in it).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::error::DesktopError;

/// A file written by the install, with the hash of the bytes written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct InstalledFile {
    pub path: PathBuf,
    pub sha256_hex: String,
}

/// A default-application association the install added to a `mimeapps.list`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DefaultAssociation {
    pub mimeapps_list: PathBuf,
    pub mime_type: String,
    pub desktop_file_name: String,
    /// The install created the `mimeapps.list` file itself.
    pub created_list: bool,
}

/// Everything one install put on disk.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Manifest {
    pub files: Vec<InstalledFile>,
    /// Folders the install created, parents before children.
    pub created_dirs: Vec<PathBuf>,
    pub defaults: Vec<DefaultAssociation>,
}

const HEADER: &str = "# Parallax desktop install manifest, format 1.\n\
# Written by `parallax install-desktop`; `parallax uninstall-desktop` removes exactly these.\n";

/// Lowercase hex SHA-256 of `bytes`.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut hex, byte| {
            let _ = write!(hex, "{byte:02x}");
            hex
        })
}

/// A path as manifest text: absolute, valid UTF-8, no tabs or line breaks.
pub(crate) fn manifest_path_text(path: &Path) -> Result<&str, DesktopError> {
    let text = path.to_str().ok_or(DesktopError::UnusablePath {
        path: path.to_path_buf(),
        reason: "it is not valid UTF-8",
    })?;
    if text.chars().any(|c| c.is_control()) {
        return Err(DesktopError::UnusablePath {
            path: path.to_path_buf(),
            reason: "it contains a tab, a line break or another control character",
        });
    }
    if !path.is_absolute() {
        return Err(DesktopError::UnusablePath {
            path: path.to_path_buf(),
            reason: "it is not absolute",
        });
    }
    Ok(text)
}

impl Manifest {
    /// The manifest as file text.
    pub fn to_text(&self) -> Result<String, DesktopError> {
        let mut text = String::from(HEADER);
        for file in &self.files {
            let path = manifest_path_text(&file.path)?;
            let _ = writeln!(text, "file\t{}\t{path}", file.sha256_hex);
        }
        for dir in &self.created_dirs {
            let _ = writeln!(text, "dir\t{}", manifest_path_text(dir)?);
        }
        for default in &self.defaults {
            let list = manifest_path_text(&default.mimeapps_list)?;
            let created = if default.created_list {
                "\tcreated"
            } else {
                ""
            };
            let _ = writeln!(
                text,
                "default\t{list}\t{}\t{}{created}",
                default.mime_type, default.desktop_file_name
            );
        }
        Ok(text)
    }

    /// Parse manifest text; `origin` names the file in errors.
    pub fn parse(text: &str, origin: &Path) -> Result<Manifest, DesktopError> {
        let mut manifest = Manifest::default();
        for (index, line) in text.lines().enumerate() {
            let bad = |reason: &str| DesktopError::BadManifest {
                path: origin.to_path_buf(),
                line: index + 1,
                reason: reason.to_string(),
            };
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            match fields.as_slice() {
                ["file", hash, path] => {
                    let is_hex = hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit());
                    if !is_hex {
                        return Err(bad("the file hash is not a SHA-256 in hex"));
                    }
                    manifest.files.push(InstalledFile {
                        path: absolute(path).ok_or_else(|| bad("the path is not absolute"))?,
                        sha256_hex: hash.to_ascii_lowercase(),
                    });
                }
                ["dir", path] => manifest
                    .created_dirs
                    .push(absolute(path).ok_or_else(|| bad("the path is not absolute"))?),
                ["default", list, mime_type, desktop_file_name, rest @ ..]
                    if rest.is_empty() || rest == ["created"] =>
                {
                    manifest.defaults.push(DefaultAssociation {
                        mimeapps_list: absolute(list)
                            .ok_or_else(|| bad("the path is not absolute"))?,
                        mime_type: mime_type.to_string(),
                        desktop_file_name: desktop_file_name.to_string(),
                        created_list: !rest.is_empty(),
                    })
                }
                _ => return Err(bad("expected `file`, `dir` or `default` with its fields")),
            }
        }
        Ok(manifest)
    }

    /// Read the manifest at `path`; `Ok(None)` when there is none.
    pub fn read(path: &Path) -> Result<Option<Manifest>, DesktopError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Manifest::parse(&text, path).map(Some),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(DesktopError::io("read", path, e)),
        }
    }

    /// Whether the manifest lists `path` as an installed file.
    pub fn lists_file(&self, path: &Path) -> bool {
        self.files.iter().any(|file| file.path == path)
    }
}

fn absolute(text: &str) -> Option<PathBuf> {
    let path = PathBuf::from(text);
    path.is_absolute().then_some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_round_trips_through_text() {
        let manifest = Manifest {
            files: vec![InstalledFile {
                path: PathBuf::from("/home/a b/.local/bin/parallax"),
                sha256_hex: sha256_hex(b"binary"),
            }],
            created_dirs: vec![PathBuf::from("/home/a b/.local/bin")],
            defaults: vec![DefaultAssociation {
                mimeapps_list: PathBuf::from("/home/a b/.config/mimeapps.list"),
                mime_type: "application/x-parallax-save".into(),
                desktop_file_name: "parallax.desktop".into(),
                created_list: true,
            }],
        };
        let text = manifest.to_text().unwrap();
        assert_eq!(Manifest::parse(&text, Path::new("m")).unwrap(), manifest);
    }

    #[test]
    fn damaged_manifest_names_the_line() {
        let text = "# header\nfile\tnot-a-hash\t/x\n";
        let error = Manifest::parse(text, Path::new("/m.txt")).unwrap_err();
        assert!(
            matches!(error, DesktopError::BadManifest { line: 2, .. }),
            "{error}"
        );
        let relative = format!("file\t{}\trelative/path\n", sha256_hex(b""));
        assert!(Manifest::parse(&relative, Path::new("/m.txt")).is_err());
    }

    #[test]
    fn paths_with_line_breaks_are_refused() {
        assert!(manifest_path_text(Path::new("/tmp/a\nb")).is_err());
        assert!(manifest_path_text(Path::new("relative")).is_err());
        assert_eq!(manifest_path_text(Path::new("/a b")).unwrap(), "/a b");
    }
}
