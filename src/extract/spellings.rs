//! Ways of writing one person's name: a spelling a letter off, a middle name left out, given
//! names as initials, the last words alone, the father's name without the family's.

use super::fold::{fold, fold_name};

/// Two spellings of one person's name: the same words but one, which differs by a letter
/// ("Bruno Rodrigues Parrilla" and "Bruno Rodriguez Parrilla", "Draupadi Murmu" and
/// "Droupadi Murmu"). Short words are never variants ("Ola Holm" is not "Ola Helm").
pub fn spelling_variant(a: &str, b: &str) -> bool {
    let (fa, fb) = (fold_name(a), fold_name(b));
    let (wa, wb): (Vec<&str>, Vec<&str>) = (fa.split(' ').collect(), fb.split(' ').collect());
    if wa.len() != wb.len() || wa.len() < 2 || fa == fb {
        return false;
    }
    let differing: Vec<(&str, &str)> = wa
        .iter()
        .zip(&wb)
        .filter(|(x, y)| x != y)
        .map(|(x, y)| (*x, *y))
        .collect();
    matches!(differing.as_slice(), [(x, y)]
        if x.chars().count().min(y.chars().count()) >= 5 && strsim::levenshtein(x, y) == 1)
}

/// One person's name with a middle name left out, and in full: "Tedros Ghebreyesus" and
/// "Tedros Adhanom Ghebreyesus" (the same first and last words, the shorter's words all in the
/// longer, in order). Either may be `a`; a surname of two letters is never enough.
pub fn middle_name_left_out(a: &str, b: &str) -> bool {
    let (fa, fb) = (fold_name(a), fold_name(b));
    let (wa, wb): (Vec<&str>, Vec<&str>) = (fa.split(' ').collect(), fb.split(' ').collect());
    let (short, long) = if wa.len() < wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    if short.len() < 2 || long.len() <= short.len() {
        return false;
    }
    let (Some(first), Some(last)) = (short.first(), short.last()) else {
        return false;
    };
    let mut rest = long.iter();
    last.chars().count() >= 3
        && long.first() == Some(first)
        && long.last() == Some(last)
        && short.iter().all(|w| rest.any(|l| l == w))
}

/// One person's name with its given names as initials, and in full: "E. Rinkēvičs" and
/// "Edgars Rinkēvičs", "S.M. Krishna" and "Somanahalli Mallaiah Krishna" (the same surname,
/// each initial the first letter of a given name, in order). Either may be `a`.
pub fn initialled_form(a: &str, b: &str) -> bool {
    let (fa, fb) = (fold_name(a), fold_name(b));
    let split = |f: &str| -> Option<(Vec<String>, String)> {
        let (given, surname) = f.rsplit_once(' ')?;
        let words = given
            .split([' ', '.'])
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        Some((words, surname.to_string()))
    };
    let (Some((ga, sa)), Some((gb, sb))) = (split(&fa), split(&fb)) else {
        return false;
    };
    let initials = |g: &[String]| g.iter().all(|w| w.chars().count() == 1);
    let (short, full) = match (initials(&ga), initials(&gb)) {
        (true, false) => (ga, gb),
        (false, true) => (gb, ga),
        _ => return false,
    };
    sa == sb
        && sa.chars().count() >= 3
        && short.len() <= full.len()
        && short
            .iter()
            .zip(&full)
            .all(|(i, w)| w.chars().count() > 1 && w.starts_with(i.as_str()))
}

/// The person of the article (`named`: each way it wrote someone, with their id) that a new
/// name is another way of writing, and how (the kind of `person_names` row): the last words of
/// a name given in full before ("Ana Mendonca Pires ... Minister Mendonca Pires", an alias),
/// or the full name of one given by its last words of two or more before ("Lacalle Pou ...
/// Luis Lacalle Pou", an alias),
/// one by its father's name without its family's ("Abdullah bin Zayed Al Nahyan ... Abdullah
/// bin Zayed", an alias), one letter off ("Bruno Rodrigues Parrilla" and "... Rodriguez ...",
/// a spelling), or its
/// given names as initials ("Edgars Rinkēvičs ... E. Rinkēvičs", a spelling, when only one
/// person of the article has them).
pub fn another_name_of<'n>(
    named: &'n [(String, i64)],
    name: &str,
    folded: &str,
    alike: impl Fn(&str) -> bool,
) -> Option<(&'n str, i64, &'static str)> {
    let tail = format!(" {folded}");
    if name.contains(' ') {
        if let Some((n, id)) = named.iter().find(|(n, _)| fold(n).text.ends_with(&tail)) {
            return Some((n, *id, "alias"));
        }
        // "President Lacalle Pou" in a headline, "Luis Lacalle Pou" in the text: a name of two
        // words or more told first, then in full.
        if let Some((n, id)) = named
            .iter()
            .find(|(n, _)| n.contains(' ') && folded.ends_with(&format!(" {}", fold(n).text)))
        {
            return Some((n, *id, "alias"));
        }
    }
    if let Some((n, id)) = named.iter().find(|(n, _)| spelling_variant(n, name)) {
        return Some((n, *id, "spelling"));
    }
    // "Abdullah bin Zayed Al Nahyan ... Sheikh Abdullah bin Zayed": a name by its father's
    // name, its family's left out, when only one person of the article has it.
    let words: Vec<&str> = folded.split(' ').collect();
    let by_lineage = words.len() >= 3
        && words[1..words.len() - 1]
            .iter()
            .any(|w| matches!(*w, "bin" | "ibn" | "bint" | "ben"));
    if by_lineage {
        let head = format!("{folded} ");
        let mut longer = named
            .iter()
            .filter(|(n, _)| fold(n).text.starts_with(&head));
        if let Some((n, id)) = longer.next() {
            if longer.all(|(_, other)| other == id) {
                return Some((n, *id, "alias"));
            }
        }
    }
    // "Tedros Ghebreyesus" and "Tedros Adhanom Ghebreyesus", whichever is told first, when
    // only one person of the article has such a name and nothing tells the two apart.
    let mut shorter = named
        .iter()
        .filter(|(n, _)| middle_name_left_out(n, name) && alike(n));
    if let Some((n, id)) = shorter.next() {
        if shorter.all(|(_, other)| other == id) {
            return Some((n, *id, "alias"));
        }
    }
    let mut initialled = named.iter().filter(|(n, _)| initialled_form(n, name));
    let (n, id) = initialled.next()?;
    initialled
        .all(|(_, other)| other == id)
        .then_some((n.as_str(), *id, "spelling"))
}
