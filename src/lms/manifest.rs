//! `imsmanifest.xml` for SCORM 1.2 (ADL's content aggregation model): one
//! organization, one item with the mastery score, one `webcontent` SCO resource that
//! lists every file of the package. Written with quick-xml, so every title and path
//! is escaped as XML wants.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use std::io;

pub struct Package<'a> {
    /// Unique in the LMS: `glocal-<course>-<region>-<locale>`.
    pub identifier: &'a str,
    pub title: &'a str,
    /// The launch page, relative to the package root.
    pub launch: &'a str,
    pub mastery_score: u8,
    /// Every file of the package but the manifest, sorted.
    pub files: &'a [String],
}

const SCHEMA_LOCATION: &str = "http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd \
http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd \
http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd";

/// A file's address in the manifest: each path segment percent-encoded.
pub fn href(path: &str) -> String {
    crate::output::url_path(path)
}

/// An XML ID (the manifest's identifier): letters, digits, `-`, `_` and `.`, after a letter.
pub fn xml_id(text: &str) -> String {
    let id: String =
        text.chars().map(|c| if c.is_ascii_alphanumeric() || "-_.".contains(c) { c } else { '_' }).collect();
    format!("glocal-{id}")
}

const SCHEMA_LOCATION_2004: &str = "http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd \
http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd \
http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd \
http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd \
http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd";

/// SCORM 2004 3rd edition: the same organization and SCO; with an assessed test, the
/// item's primary objective is satisfied by the score reaching the mastery score.
pub fn scorm2004(p: &Package, assessed: bool) -> Vec<u8> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    write_2004(&mut w, p, assessed).expect("writing XML to memory cannot fail");
    let mut out = w.into_inner();
    out.push(b'\n');
    out
}

fn write_2004(w: &mut Writer<Vec<u8>>, p: &Package, assessed: bool) -> io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("manifest")
        .with_attributes([
            ("identifier", p.identifier),
            ("version", "1.0"),
            ("xmlns", "http://www.imsglobal.org/xsd/imscp_v1p1"),
            ("xmlns:adlcp", "http://www.adlnet.org/xsd/adlcp_v1p3"),
            ("xmlns:adlseq", "http://www.adlnet.org/xsd/adlseq_v1p3"),
            ("xmlns:adlnav", "http://www.adlnet.org/xsd/adlnav_v1p3"),
            ("xmlns:imsss", "http://www.imsglobal.org/xsd/imsss"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", SCHEMA_LOCATION_2004),
        ])
        .write_inner_content(|w| {
            contents(w, p, "2004 3rd Edition", "adlcp:scormType", &|w| {
                if assessed { mastery_objective(w, p.mastery_score) } else { Ok(()) }
            })
        })?;
    Ok(())
}

/// What both versions hold: metadata, one organization with one item (its own
/// children by `item`), and the SCO with every file.
fn contents(
    w: &mut Writer<Vec<u8>>,
    p: &Package,
    version: &str,
    scorm_type: &str,
    item: &dyn Fn(&mut Writer<Vec<u8>>) -> io::Result<()>,
) -> io::Result<()> {
    w.create_element("metadata").write_inner_content(|w| {
        w.create_element("schema").write_text_content(BytesText::new("ADL SCORM"))?;
        w.create_element("schemaversion").write_text_content(BytesText::new(version))?;
        Ok(())
    })?;
    w.create_element("organizations").with_attribute(("default", "glocal-org")).write_inner_content(|w| {
        w.create_element("organization").with_attribute(("identifier", "glocal-org")).write_inner_content(|w| {
            w.create_element("title").write_text_content(BytesText::new(p.title))?;
            w.create_element("item")
                .with_attributes([
                    ("identifier", "glocal-item"),
                    ("identifierref", "glocal-sco"),
                    ("isvisible", "true"),
                ])
                .write_inner_content(|w| {
                    w.create_element("title").write_text_content(BytesText::new(p.title))?;
                    item(w)
                })?;
            Ok(())
        })?;
        Ok(())
    })?;
    resources(w, p, scorm_type)
}

fn mastery_objective(w: &mut Writer<Vec<u8>>, mastery: u8) -> io::Result<()> {
    let measure = format!("{:.2}", f64::from(mastery) / 100.0);
    w.create_element("imsss:sequencing").write_inner_content(|w| {
        w.create_element("imsss:objectives").write_inner_content(|w| {
            w.create_element("imsss:primaryObjective")
                .with_attributes([("objectiveID", "glocal-mastery"), ("satisfiedByMeasure", "true")])
                .write_inner_content(|w| {
                    w.create_element("imsss:minNormalizedMeasure").write_text_content(BytesText::new(&measure))?;
                    Ok(())
                })?;
            Ok(())
        })?;
        Ok(())
    })?;
    Ok(())
}

fn resources(w: &mut Writer<Vec<u8>>, p: &Package, scorm_type: &str) -> io::Result<()> {
    w.create_element("resources").write_inner_content(|w| {
        w.create_element("resource")
            .with_attributes([
                ("identifier", "glocal-sco"),
                ("type", "webcontent"),
                (scorm_type, "sco"),
                ("href", href(p.launch).as_str()),
            ])
            .write_inner_content(|w| {
                for f in p.files {
                    w.create_element("file").with_attribute(("href", href(f).as_str())).write_empty()?;
                }
                Ok(())
            })?;
        Ok(())
    })?;
    Ok(())
}

pub fn scorm12(p: &Package) -> Vec<u8> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    write(&mut w, p).expect("writing XML to memory cannot fail");
    let mut out = w.into_inner();
    out.push(b'\n');
    out
}

fn write(w: &mut Writer<Vec<u8>>, p: &Package) -> io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("manifest")
        .with_attributes([
            ("identifier", p.identifier),
            ("version", "1.0"),
            ("xmlns", "http://www.imsproject.org/xsd/imscp_rootv1p1p2"),
            ("xmlns:adlcp", "http://www.adlnet.org/xsd/adlcp_rootv1p2"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", SCHEMA_LOCATION),
        ])
        .write_inner_content(|w| {
            contents(w, p, "1.2", "adlcp:scormtype", &|w| {
                let score = p.mastery_score.to_string();
                w.create_element("adlcp:masteryscore").write_text_content(BytesText::new(&score))?;
                Ok(())
            })
        })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_names_one_sco_with_every_file_and_escapes_titles() {
        let files = vec!["index.html".to_string(), "c/r/l/index.html".to_string()];
        let xml = String::from_utf8(scorm12(&Package {
            identifier: "glocal-c-r-l",
            title: "Safety & \"change\" <1>",
            launch: "index.html",
            mastery_score: 80,
            files: &files,
        }))
        .unwrap();
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest identifier=\"glocal-c-r-l\""));
        assert!(xml.contains("<schemaversion>1.2</schemaversion>"));
        assert!(xml.contains("<title>Safety &amp; &quot;change&quot; &lt;1&gt;</title>"));
        assert!(xml.contains("<adlcp:masteryscore>80</adlcp:masteryscore>"));
        assert!(xml.contains("adlcp:scormtype=\"sco\" href=\"index.html\""));
        assert_eq!(xml.matches("<file href=").count(), 2);
    }

    #[test]
    fn addresses_are_percent_encoded_and_identifiers_are_xml_ids() {
        assert_eq!(href("khoá học/bài 1.html"), "kho%C3%A1%20h%E1%BB%8Dc/b%C3%A0i%201.html");
        assert_eq!(href("c/r/l/index.html"), "c/r/l/index.html");
        assert_eq!(xml_id("lãnh đạo-sea-vi"), "glocal-l_nh___o-sea-vi");
    }
}
