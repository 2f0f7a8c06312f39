//! Where a person's title is: before the name ("Swedish Foreign Minister Ola Holm"), after it
//! and a comma or "as" ("Ola Holm, Ambassador of Norway", "Ola Holm as Ambassador"), and the
//! courtesy titles around it ("H.E. Dr.", "Dame").

use super::lexicon::*;
use super::name_shapes::{is_all_capitals, is_honorific, is_post_nominal};
use super::names::EntityKind;
use super::tokens::*;

/// A word that may be part of a title or of a body's name in one, not only of a person's
/// name.
pub(crate) fn title_like(l: &str) -> bool {
    contains(&TITLE_HEADS, l)
        || contains(&TITLE_WORDS, l)
        || contains(&TITLE_CONNECTORS, l)
        || contains(&ORG_HEADS, l)
        || contains(&FIELD_HEADS, l)
        || contains(&TITLE_QUALIFIERS, l)
        || not_a_name(l)
        || PLURAL_HEADS.contains(&l)
}

/// "received by the Kuwaiti emir and Crown Prince Sheikh X": the "and" at `i` stands between a
/// lower-case title (a reference to someone told before) and a capitalised title (the next
/// person's): two people, not one title.
pub(crate) fn and_between_two_titles(toks: &[Tok], i: usize) -> bool {
    toks[i].is_word("and")
        && i > 0
        && toks[i - 1].kind == TokKind::Word
        && !toks[i - 1].is_cap()
        && contains(&TITLE_HEADS, toks[i - 1].lower())
        && toks
            .get(i + 1)
            .is_some_and(|n| n.is_cap() && contains(&TITLE_HEADS, n.lower()))
}

/// "At the invitation of President Ana Lima Souza President Ola Holm was ...": a title's head
/// at `head` right after two words of a name (neither a title's nor a body's), with a title's
/// head a few words before them: the head begins another person's title, and the words
/// before it are the name of someone else.
pub(crate) fn another_titled_name_before(toks: &[Tok], head: usize) -> bool {
    let name_word = |t: &Tok| {
        t.kind == TokKind::Word
            && t.is_cap()
            && !title_like(t.lower())
            && !contains(&ORG_HEADS, t.lower())
            && super::world::WORLD.demonym(t.lower()).is_none()
            && !is_all_capitals(&t.text)
    };
    head >= 3
        && toks.get(head).is_some_and(|t| {
            t.is_cap() && contains(&TITLE_HEADS, t.lower()) && !is_all_capitals(&t.text)
        })
        && name_word(&toks[head - 1])
        && name_word(&toks[head - 2])
        && (head.saturating_sub(6)..head - 2)
            .any(|k| toks[k].is_cap() && contains(&TITLE_HEADS, toks[k].lower()))
}

/// Whether the comma at token `comma` is the first of a sentence that opens with a clause
/// ("During talks with the president, ...", "In a meeting with the secretary-general, ..."),
/// and the name at `name` after it goes on to its verb: the sentence's subject, not the
/// title's ("At the invitation of the President of X, A, B visited": A is the President).
pub(crate) fn ends_a_fronted_clause(toks: &[Tok], comma: usize, name: usize) -> bool {
    let mut k = name;
    while toks
        .get(k)
        .is_some_and(|t| t.is_cap() || t.entity().is_some())
    {
        k += 1;
    }
    toks.first()
        .is_some_and(|t| t.kind == TokKind::Word && super::lexicon::FRONTED.is_match(&t.text))
        // Not "In addition to the Secretary General, A met B": one met before, not now.
        && !toks.get(1).is_some_and(|t| t.is_word("addition"))
        // ... a clause without a subject of its own ("In Delhi it called on the Minister
        // of Foreign Affairs, A who said": the title is A's), nor one that gives the subject
        // the title ("On her first trip as Foreign Minister, A visited").
        && !toks[..comma].iter().any(|t| {
            matches!(t.kind, TokKind::Punct(',' | ';' | ':'))
                || matches!(t.lower(), "it" | "he" | "she" | "they" | "we" | "i" | "as")
        })
        && toks.get(k).is_some_and(|t| {
            t.kind == TokKind::Word
                && !t.is_cap()
                && !matches!(t.lower(), "and" | "who" | "whom" | "whose" | "which" | "that")
        })
}

/// The title right before token `at` (a name): its first token index, or None.
pub(crate) fn title_before(toks: &[Tok], at: usize) -> Option<usize> {
    let mut i = at;
    let mut commas = 0;
    let mut head: Option<usize> = None;
    let mut steps = 0;
    while i > 0 && steps < 24 {
        i -= 1;
        steps += 1;
        let t = &toks[i];
        match &t.kind {
            // "In a meeting with the secretary-general, Ola Holm reaffirmed": the comma ends
            // a clause that opens the sentence; the title before it is someone else's.
            TokKind::Punct(',')
                if i + 1 == at && commas == 0 && ends_a_fronted_clause(toks, i, at) =>
            {
                return None
            }
            TokKind::Punct(',')
            | TokKind::Punct('-')
            | TokKind::Punct('–')
            | TokKind::Punct('—')
                if i + 1 == at && commas == 0 =>
            {
                commas += 1
            }
            TokKind::Punct('(') | TokKind::Punct(')') => {}
            // "Minister of Trade, Industry and Energy Park Ji-hoon", "the Minister of Foreign
            // Affairs, African Cooperation and Expatriates, Ola Holm": a portfolio's list.
            TokKind::Punct(',')
                if head.is_none()
                    && i > 0
                    && toks[i - 1].is_cap()
                    && (i + 1..at).any(|k| toks[k].is_word("and"))
                    && (i + 1..at).all(|k| {
                        toks[k].is_cap() || toks[k].is_word("and") || (k + 1 == at && commas == 1)
                    }) => {}
            // "Ambassador of Norway and HE Mr Ola Holm": "and" ends the title before.
            TokKind::Word if t.is_word("and") && (i + 1..at).all(|k| is_honorific(toks, k)) => {
                break
            }
            TokKind::Word if and_between_two_titles(toks, i) => break,
            // "Minister of National Security of The Bahamas and Ambassador Ola Holm": a place
            // ends the title before "and"; the head after it opens the name's own.
            TokKind::Word
                if t.is_word("and")
                    && head == Some(i + 1)
                    && i > 0
                    && (toks[i - 1].is_entity_of(EntityKind::Place)
                        || (toks[i - 1].is_cap()
                            && !super::world::WORLD.lookup(&toks[i - 1].text).is_empty())) =>
            {
                break
            }
            // "the Norway-Sweden Friendship Group": a hyphen inside a word.
            TokKind::Punct('-') | TokKind::Punct('–')
                if i > 0 && toks[i - 1].e == t.s && toks.get(i + 1).is_some_and(|n| n.s == t.e) => {
            }
            TokKind::Punct(_) => break,
            TokKind::Entity(Some(e)) if e.kind == EntityKind::Person => break,
            TokKind::Entity(_) => {
                // "ICESCO Director General", "Azerbaijan's Minister": the name belongs in
                // the title only when a title word follows it.
                if t.text.ends_with("'s") || t.text.ends_with("’s") {
                    if head.is_some() {
                        break;
                    }
                    continue;
                }
            }
            // "President A on Thursday at State House B": no title goes on over a day.
            TokKind::Word if super::dates::is_weekday(t.lower()) => break,
            TokKind::Word => {
                let l = t.lower();
                // "his Japanese counterpart, Takeshi Iwaya": a lower-case title after a
                // possessive or an article.
                // "Chile's ambassador to Peru, B": after a country's possessive as well.
                // "the new non-resident high commissioner": up to three words between.
                // "Qatar's new ambassador to Tehran, B", "Peru's newly appointed envoy, B":
                // words that qualify a post between the possessive and the title too (not
                // "Lund's term as president, B", "Chile's choice of ambassador, B").
                let determined = toks[i.saturating_sub(4)..i]
                    .iter()
                    .any(|d| matches!(d.lower(), "his" | "her" | "their" | "its" | "the"))
                    || (1..=3).any(|k| {
                        i >= k
                            && super::tokens::possessive_of_a_name(&toks[i - k])
                            && toks[i - k + 1..i].iter().all(|u| {
                                u.kind == TokKind::Word
                                    && !u.is_cap()
                                    && (contains(&TITLE_QUALIFIERS, u.lower())
                                        || matches!(
                                            u.lower(),
                                            "new"
                                                | "newly"
                                                | "appointed"
                                                | "accredited"
                                                | "resident"
                                                | "non-resident"
                                                | "serving"
                                                | "top"
                                        ))
                            })
                    });
                // "ambassador of Indonesia Budi Santoso": a lower-case title, then only the
                // country or body it is of, then the name.
                let of_a_body = || {
                    let between = &toks[i + 1..at];
                    between.iter().any(|u| {
                        u.is_entity_of(EntityKind::Place)
                            || u.is_entity_of(EntityKind::Organization)
                    }) && between.iter().all(|u| {
                        u.is_entity_of(EntityKind::Place)
                            || u.is_entity_of(EntityKind::Organization)
                            || u.is_word("of")
                            || u.is_word("to")
                    })
                };
                // "Secretary general, Ola Vik": a lower-case title word after a title's head.
                let after_a_head = i > 0
                    && toks[i - 1].is_cap()
                    && contains(&TITLE_HEADS, toks[i - 1].lower())
                    && (contains(&TITLE_HEADS, l) || contains(&TITLE_WORDS, l));
                // "Danish Foreign Minister Lena Berg and Swedish Foreign Minister Ola Holm",
                // "Ambassador Ola Holm of Norway and Ambassador Kari Lund": once the title has
                // its head, a word that can only be a name, right before "and", a comma or
                // "of", ends someone else's name and title.
                // Not an adjective of nationality: "the Directors of the Chilean and Peruvian
                // Foreign Ministries, A and B" is one title.
                // "President Ana Lima Souza President Ola Holm": the name before the head is
                // someone else's.
                if head == Some(i + 1) && another_titled_name_before(toks, i + 1) {
                    break;
                }
                if head.is_some()
                    && t.is_cap()
                    && !title_like(l)
                    && !title_like(l.strip_suffix('s').unwrap_or(l))
                    && super::world::WORLD.demonym(l).is_none()
                    && toks.get(i + 1).is_some_and(|n| {
                        n.is_word("and") || n.is_word("of") || n.kind == TokKind::Punct(',')
                    })
                {
                    break;
                }
                if (contains(&TITLE_HEADS, l) || PLURAL_HEADS.contains(&l)) && t.is_cap()
                    || l == "fm"
                    || ((contains(&TITLE_HEADS, l) || PLURAL_HEADS.contains(&l) || l == "counterpart")
                        && determined)
                    // "vice president Mansour Ali": a lower-case title right before the name;
                    // "minister for foreign affairs Ola Holm": with its field in lower case;
                    // "deputy foreign ministers A and B": in the plural, naming both.
                    || (contains(&TITLE_HEADS, l)
                        && (i + 1 == at || of_a_body() || lower_case_field(toks, i + 1, at)))
                    || (PLURAL_HEADS.contains(&l) && i + 1 == at && plural_names_two(toks, i))
                {
                    head = Some(i);
                } else if head == Some(i + 1)
                    && t.is_cap()
                    && contains(&TITLE_WORDS, l)
                    && !contains(&TITLE_QUALIFIERS, l)
                    && !contains(&ORG_HEADS, l)
                {
                    // "Defence Minister", "Trade Minister": the post's field opens the title.
                    head = Some(i);
                } else if after_a_head {
                    // The head before it opens the title.
                } else if !(t.is_cap() || contains(&TITLE_CONNECTORS, l) || l == "-") {
                    // Only capitalised words and connectors continue a title, and an
                    // adjective between "the" and a name ("of the friendly United States").
                    let adjective = i > 0
                        && toks[i - 1].is_word("the")
                        && toks.get(i + 1).is_some_and(|n| {
                            n.is_cap() || n.entity().is_some_and(|e| e.kind != EntityKind::Person)
                        });
                    // "her counterpart from the Republic of Peru, A", "the ambassador from
                    // India, B": "from" and the country a post is of.
                    let from_a_country = l == "from"
                        && toks[i + 1..at]
                            .iter()
                            .any(|u| u.is_entity_of(EntityKind::Place));
                    if !adjective && !from_a_country {
                        break;
                    }
                }
            }
        }
    }
    // A comma between title and name is only allowed when there is a title.
    if commas > 0 && head.is_none() {
        return None;
    }
    // "According to Chan Dara, Assistant to the Premier, Lena Berg said": a title between
    // commas right after a name is that name's, not the next one's. Unless that name has its
    // own title before it: "the President of X, A, Prime Minister of X, B" lists each title
    // before its name.
    if let Some(h) = head {
        if commas > 0
            && h >= 2
            && toks[h - 1].kind == TokKind::Punct(',')
            && name_ends_at(toks, h - 2)
        {
            // That name's own title, or none for this one.
            if !titled_before(toks, h - 2) {
                return None;
            }
        }
    }
    head
}

/// Whether a word names a country, as "U.S." or "US" in "the U.S. envoy" do.
fn names_a_country(t: &Tok) -> bool {
    t.is_entity_of(EntityKind::Place) || super::world::names_a_country(&t.text)
}

/// A capitalised word that may be a person's: no title's, no courtesy word, no day or month.
fn plain_name_word(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    t.is_cap()
        && !title_like(t.lower())
        && !is_honorific(toks, k)
        && !super::dates::is_calendar_word(t.lower())
}

/// Whether a person's name of two or three words starts at token `at`: plain name words that
/// are no body's and no nationality, then no more capitalised words.
fn name_run_at(toks: &[Tok], at: usize) -> bool {
    let run = toks[at..]
        .iter()
        .take_while(|t| t.kind == TokKind::Word && t.is_cap())
        .count();
    (2..=3).contains(&run)
        && (at..at + run).all(|k| {
            let l = toks[k].lower();
            plain_name_word(toks, k)
                && !contains(&ORG_HEADS, l)
                && super::world::WORLD.demonym(l).is_none()
        })
}

/// Whether token `j` ends a person's name: a known person, or two plain name words.
fn name_ends_at(toks: &[Tok], j: usize) -> bool {
    toks[j].is_entity_of(EntityKind::Person)
        || (j >= 1 && plain_name_word(toks, j) && plain_name_word(toks, j - 1))
}

/// "for foreign affairs" between a lower-case title's head and the name: lower-case title
/// words and connectors only, ending in a title word.
fn lower_case_field(toks: &[Tok], from: usize, to: usize) -> bool {
    from < to
        && toks[from..to].iter().all(|t| {
            t.kind == TokKind::Word
                && !t.is_cap()
                && (contains(&TITLE_WORDS, t.lower()) || contains(&TITLE_CONNECTORS, t.lower()))
        })
        && contains(&TITLE_WORDS, toks[to - 1].lower())
}

/// Whether a lower-case title starts at `h`, and where its head is: a head (qualifiers or
/// field words may come first: "deputy foreign minister") then "of", "to" or "for" and a
/// capitalised word or a named body ("secretary-general of the Association of Caribbean
/// States").
fn lower_case_title_of(toks: &[Tok], h: usize) -> Option<usize> {
    let title_word = |t: &Tok| {
        t.kind == TokKind::Word
            && !t.is_cap()
            && (contains(&TITLE_QUALIFIERS, t.lower())
                || contains(&TITLE_WORDS, t.lower())
                || contains(&TITLE_HEADS, t.lower()))
    };
    let mut e = h;
    while e < h + 4 && toks.get(e).is_some_and(title_word) {
        e += 1;
    }
    // the last word before "of" is the head: "deputy foreign minister"
    let head = e.checked_sub(1).filter(|&k| k >= h)?;
    if !contains(&TITLE_HEADS, toks[head].lower()) {
        return None;
    }
    if !matches!(toks.get(e)?.lower(), "of" | "to" | "for") {
        return None;
    }
    let mut k = e + 1;
    if toks.get(k).is_some_and(|t| t.is_word("the")) {
        k += 1;
    }
    let named = toks.get(k).is_some_and(|t| {
        matches!(t.kind, TokKind::Entity(_)) || (t.kind == TokKind::Word && t.is_cap())
    });
    // ", minister of foreign affairs,": the field in lower case, up to the comma.
    let field_end = (k..toks.len())
        .find(|&j| toks[j].kind != TokKind::Word || toks[j].is_cap())
        .unwrap_or(toks.len());
    let field = toks
        .get(field_end)
        .is_some_and(|t| t.kind == TokKind::Punct(','))
        && lower_case_field(toks, k, field_end);
    (named || field).then_some(head)
}

/// A title right after a name and a comma ("Salim AlMalik, Director-General of ICESCO,"):
/// its token range.
pub(crate) fn title_after(toks: &[Tok], name_end: usize) -> Option<(usize, usize)> {
    // "Margaret Lund AO QC, Governor of ...": honours after the name come before the comma.
    let mut name_end = name_end;
    for _ in 0..3 {
        if toks
            .get(name_end)
            .is_some_and(|t| t.kind == TokKind::Word && is_post_nominal(&t.text))
        {
            name_end += 1;
        }
    }
    // ", Minister of ..." or "as Ambassador of ..." ("accepted the credentials of A as
    // Ambassador of X").
    let sep = toks.get(name_end)?;
    // "congratulated A on his appointment as the Secretary General of X": the post A took.
    let took_post = (sep.is_word("on") || sep.is_word("upon"))
        && toks
            .get(name_end + 1)
            .is_some_and(|t| t.is_word("his") || t.is_word("her"))
        && toks.get(name_end + 2).is_some_and(|t| {
            matches!(
                t.lower(),
                "appointment" | "reappointment" | "election" | "re-election" | "nomination"
            )
        })
        && toks.get(name_end + 3).is_some_and(|t| t.is_word("as"));
    // "while Ana Lima is the Head of Mission for Italy": a title said of the name.
    let is_the = (sep.is_word("is") || sep.is_word("was"))
        && toks.get(name_end + 1).is_some_and(|t| t.is_word("the"));
    if sep.kind != TokKind::Punct(',') && !sep.is_word("as") && !took_post && !is_the {
        return None;
    }
    let mut h = name_end + if took_post { 4 } else { 1 };
    // ", the newly appointed Ambassador of ...": an article and a few lower-case words may
    // come before the title's head.
    // ", an elected President of ...": an indefinite article as well.
    let determined = toks
        .get(h)
        .is_some_and(|t| t.is_word("the") || t.is_word("an") || t.is_word("a"));
    if determined {
        h += 1;
        let mut k = 0;
        while k < 2
            && toks.get(h).is_some_and(|t| {
                t.kind == TokKind::Word && !t.is_cap() && !contains(&TITLE_HEADS, t.lower())
            })
        {
            h += 1;
            k += 1;
        }
    }
    // ", Sweden's Minister for Science", ", Swedish Minister of ...": the country or body
    // whose title it is.
    let whose = toks.get(h).is_some_and(|t| {
        let possessive = t.text.ends_with("'s") || t.text.ends_with("’s");
        // ", the UN Secretary-General", ", UN's undersecretary-general for ...": an
        // organization's initials before its officer's title.
        let initials = t.kind == TokKind::Word && {
            let bare = t.text.trim_end_matches("'s").trim_end_matches("’s");
            (2..=6).contains(&bare.chars().count()) && bare.chars().all(|c| c.is_ascii_uppercase())
        };
        // The title ends there or goes on with its field ("for humanitarian affairs"): not
        // "UN secretary-general Antonio Guterres" (the next one's title and name) nor
        // "UN Secretary-General spokesman".
        // ", UAE Permanent Representative to the UN": a title of a few capitalised words.
        let before_a_title = || {
            let mut j = h + 1;
            while j < h + 3
                && toks.get(j + 1).is_some_and(|n| {
                    n.kind == TokKind::Word
                        && n.is_cap()
                        && (contains(&TITLE_HEADS, n.lower()) || contains(&TITLE_WORDS, n.lower()))
                })
            {
                j += 1;
            }
            toks.get(h + 1)
                .is_some_and(|n| n.kind == TokKind::Word && contains(&TITLE_HEADS, n.lower()))
                && toks.get(j + 1).is_none_or(|n| {
                    matches!(n.kind, TokKind::Punct(',' | ')' | '.' | ';'))
                        || ["for", "of", "to", "on", "at"].iter().any(|w| n.is_word(w))
                })
        };
        (possessive
            && (t.is_entity_of(EntityKind::Place) || t.is_entity_of(EntityKind::Organization)))
            // ", UAE Permanent Representative": a country's initials (a name in full before a
            // title may open the next person's: "Egypt Ambassador to Kenya Omar Said").
            || ((initials
                || t.is_entity_of(EntityKind::Organization)
                || (t.is_entity_of(EntityKind::Place) && is_all_capitals(&t.text)))
                && before_a_title())
            || (t.is_cap()
                && (contains(&COUNTRY_WORDS, t.lower())
                    || super::world::WORLD.demonym(t.lower()).is_some()))
            // ", the U.S. envoy to Paraguay,": a country's name as its adjective.
            || (determined && names_a_country(t))
    });
    // ", the U.S. envoy": the full stop of a name found without it.
    if whose
        && toks.get(h + 1).is_some_and(|p| {
            p.kind == TokKind::Punct('.') && toks.get(h).is_some_and(|t| t.e == p.s)
        })
    {
        h += 1;
    }
    // ", Norway's ambassador to Kenya,": after a possessive, a lower-case title as after "the".
    let mut determined = determined;
    // ", UN undersecretary-general,": a title in lower case after whose it is ends as it
    // is, as in wire style below.
    let mut wire_style = false;
    if whose
        && toks
            .get(h + 1)
            .is_some_and(|t| t.is_cap() || contains(&TITLE_HEADS, t.lower()))
    {
        let lower = toks.get(h + 1).is_some_and(|t| !t.is_cap());
        determined |= lower;
        wire_style |= lower;
        h += 1;
    }
    // ", secretary-general of the X,": wire style writes a title after the name in lower
    // case; a head with "of", "to" or "for" and a capitalised name after it is one.
    let mut head_at = h;
    if !determined && !whose && sep.kind == TokKind::Punct(',') {
        if let Some(at) = lower_case_title_of(toks, h) {
            head_at = at;
            determined = true;
            wire_style = true;
        }
    }
    // ", State Minister for Foreign Affairs": a title's word before its head.
    let mut k = 0;
    while k < 2
        && toks.get(head_at).is_some_and(|t| {
            t.is_cap()
                && !contains(&TITLE_HEADS, t.lower())
                && (contains(&TITLE_WORDS, t.lower()) || contains(&TITLE_QUALIFIERS, t.lower()))
        })
    {
        head_at += 1;
        k += 1;
    }
    let head = toks.get(head_at)?;
    if !((head.is_cap() || determined) && contains(&TITLE_HEADS, head.lower())) {
        return None;
    }
    let mut e = h;
    while let Some(t) = toks.get(e) {
        let l = t.lower();
        // "as Ambassador of X at the palace on Tuesday": where and when end an "as" title.
        if sep.is_word("as") && matches!(l, "at" | "on" | "in" | "during" | "before") {
            break;
        }
        // "Ambassador of Norway and HE Mr Ola Holm, ...": the next person's courtesy title
        // ends this one.
        if is_honorific(toks, e)
            || (t.is_word("and")
                && (is_honorific(toks, e + 1)
                    || toks.get(e + 1).is_some_and(|n| {
                        n.is_entity_of(EntityKind::Person) || (n.is_cap() && !title_like(n.lower()))
                    })))
            // "A, Minister of Security of X and Ambassador B": a title's head and a name after
            // "and" are the next person's.
            || (t.is_word("and")
                && toks
                    .get(e + 1)
                    .is_some_and(|n| n.is_cap() && contains(&TITLE_HEADS, n.lower()))
                && (name_run_at(toks, e + 2)
                    || toks
                        .get(e + 2)
                        .is_some_and(|n| n.is_entity_of(EntityKind::Person))))
        {
            break;
        }
        // "Kari Lund, Secretary to the President Tor Vik and ...": a name right after the
        // title's head is the next person's, and so is the title: it is not Kari Lund's.
        // ("Head of the General Intelligence Service": "General" is also an adjective.)
        // So is a known person's ("A, Economy Minister B and ...").
        if e > h
            && toks[e - 1].is_cap()
            && contains(&TITLE_HEADS, toks[e - 1].lower())
            && !toks[e - 1].is_word("general")
            && (name_run_at(toks, e)
                || (toks[e].is_entity_of(EntityKind::Person)
                    // Not the head of a field: "Special Envoy of President Joe Biden".
                    && !(e >= 2 && matches!(toks[e - 2].lower(), "of" | "to" | "for"))))
        {
            return None;
        }
        let ok = match &t.kind {
            TokKind::Entity(Some(r)) => r.kind != EntityKind::Person,
            TokKind::Entity(None) => true,
            TokKind::Punct('(') | TokKind::Punct(')') => true,
            TokKind::Punct(_) => false,
            TokKind::Word => {
                t.is_cap()
                    || contains(&TITLE_CONNECTORS, l)
                    || (determined && (contains(&TITLE_HEADS, l) || contains(&TITLE_WORDS, l)))
            }
        };
        if !ok {
            break;
        }
        e += 1;
    }
    // A title does not end in a connector ("of the"), but may in its field in lower case
    // (", minister of foreign affairs,").
    while e > h
        && toks[e - 1].kind == TokKind::Word
        && !toks[e - 1].is_cap()
        && !(wire_style
            && (contains(&TITLE_WORDS, toks[e - 1].lower())
                || contains(&TITLE_HEADS, toks[e - 1].lower())))
    {
        e -= 1;
    }
    (e > h && e - h <= 20).then_some((h, e))
}

/// "deputy foreign ministers A and B": a plural title in lower case at token `i` right before
/// two names joined by "and", and not the object of a word before it ("a speech to
/// ambassadors A, ...", "a meeting of ministers A said", "..., said mayors A and B").
fn plural_names_two(toks: &[Tok], i: usize) -> bool {
    let governed = i > 0
        && matches!(
            toks[i - 1].lower(),
            "of" | "to" | "for" | "with" | "by" | "said" | "says" | "told" | "added"
        );
    let mut k = i + 1;
    while toks
        .get(k)
        .is_some_and(|t| t.is_cap() || t.is_entity_of(EntityKind::Person))
    {
        k += 1;
    }
    let pair = k > i + 1
        && toks.get(k).is_some_and(|t| t.is_word("and"))
        && toks
            .get(k + 1)
            .is_some_and(|t| t.is_cap() || t.is_entity_of(EntityKind::Person));
    !governed && pair
}

/// A plural title at token `i` that names nobody after it ("the two Prime Ministers signed"):
/// its token range, from the capitalised title words before its head.
pub(crate) fn plural_title_at(toks: &[Tok], i: usize) -> Option<(usize, usize)> {
    let t = &toks[i];
    if t.kind != TokKind::Word || !contains(&PLURAL_HEADS, t.lower()) {
        return None;
    }
    // Names after it are its own ("the Foreign Ministers of A and B, X and Y").
    let names_after = toks.get(i + 1).is_some_and(|n| {
        n.is_entity_of(EntityKind::Person)
            || n.is_word("of")
            || (n.kind == TokKind::Punct(',')
                && toks
                    .get(i + 2)
                    .is_some_and(|m| m.is_entity_of(EntityKind::Person)))
    });
    if names_after {
        return None;
    }
    let mut s = i;
    while s > 0 && toks[s - 1].kind == TokKind::Word && contains(&TITLE_WORDS, toks[s - 1].lower())
    {
        s -= 1;
    }
    Some((s, i + 1))
}

/// Where a title's list of portfolios ends when the comma at `j` goes on with one:
/// capitalised words, "and", capitalised words ("Foreign Affairs, African Cooperation and
/// Moroccan Expatriates").
pub(crate) fn portfolio_after(toks: &[Tok], j: usize) -> Option<usize> {
    if toks[j].kind != TokKind::Punct(',') || !toks[j - 1].is_cap() {
        return None;
    }
    let and = (j + 1..toks.len().min(j + 6)).find(|&k| toks[k].is_word("and"))?;
    let before = toks[j + 1..and].iter().all(Tok::is_cap);
    let after = (and + 1..toks.len().min(and + 4))
        .take_while(|&k| toks[k].is_cap())
        .last()?;
    (and > j + 1 && before).then_some(after + 1)
}

/// Whether the name ending at token `j` has a title right before it ("the President of X, A").
/// Only the list's own shape counts, a title then a comma ("the President of X, A"): after
/// "Foreign Minister A, Chairman of Y, B" the title between commas is A's own.
pub(crate) fn titled_before(toks: &[Tok], j: usize) -> bool {
    let mut start = j;
    while start > 0
        && !toks[start].is_entity_of(EntityKind::Person)
        && toks[start - 1].kind == TokKind::Word
        && toks[start - 1].is_cap()
        && !contains(&TITLE_HEADS, toks[start - 1].lower())
        && !contains(&TITLE_WORDS, toks[start - 1].lower())
        && !is_honorific(toks, start - 1)
    {
        start -= 1;
    }
    start > 0
        && toks[start - 1].kind == TokKind::Punct(',')
        && title_before(toks, start).is_some_and(|h| !(h..start).all(|k| is_honorific(toks, k)))
}

/// What is "of" someone mourned: "the funeral of A".
const MOURNED: [&str; 6] = [
    "funeral",
    "death",
    "passing",
    "demise",
    "assassination",
    "memorial",
];
/// Relatives "of" someone named to say who they are: "the son of A".
const KIN: [&str; 7] = [
    "son",
    "daughter",
    "grandson",
    "granddaughter",
    "widow",
    "nephew",
    "niece",
];

/// "the Mausoleum of the late Vietnamese President, Ho Chi Minh", "late national leader A",
/// "the funeral of former Prime Minister A": a person told as dead (the word "late", or the
/// funeral or death "of", before the name's title) takes part in nothing; nor does one named
/// to say whose relative a guest is ("B, the son of Namibia's first President, Dr. A").
pub(crate) fn late(toks: &[Tok], at: usize) -> bool {
    let mut k = at;
    // A comma crossed, and a title's head between it and the name: "the son of the king,
    // Prince A" names the son, who holds a post of his own.
    let mut comma = false;
    let mut own_post = false;
    while k > 0 && at - k < 8 {
        k -= 1;
        let t = &toks[k];
        if t.kind == TokKind::Punct(',') {
            comma = true;
        } else if !comma && contains(&TITLE_HEADS, t.lower()) {
            own_post = true;
        }
        if t.is_word("late") {
            // "In late June, President A met ...": late in a month, not dead.
            return !toks
                .get(k + 1)
                .is_some_and(|n| super::dates::is_calendar_word(n.lower()));
        }
        // "in Tokyo for the state funeral of former Prime Minister A": mourned, not met. And
        // "B, the son of Namibia's first President, Dr. A": A is named to say who B is.
        if t.is_word("of") && k > 0 {
            let before = toks[k - 1].lower();
            if MOURNED.contains(&before) {
                return true;
            }
            if KIN.contains(&before) {
                return !(comma && own_post);
            }
        }
        let title_word = t.kind == TokKind::Word
            && (t.is_cap()
                || contains(&TITLE_HEADS, t.lower())
                || contains(&TITLE_WORDS, t.lower())
                || matches!(t.lower(), "national" | "former" | "the"));
        // (The full stop of "Dr." too, and a country or a body: "Namibia's first President".)
        let place_or_body = t
            .entity()
            .is_some_and(|e| e.kind != super::names::EntityKind::Person);
        if !(title_word
            || place_or_body
            || matches!(t.kind, TokKind::Punct(',') | TokKind::Punct('.')))
        {
            return false;
        }
    }
    false
}
