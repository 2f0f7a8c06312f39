//! Tests of names.rs: folding, the gazetteer's search, surnames, spelling variants.

use super::*;

#[test]
fn spelling_variants_differ_by_one_letter_in_one_long_word() {
    assert!(spelling_variant(
        "Bruno Rodrigues Parrilla",
        "Bruno Rodriguez Parrilla"
    ));
    assert!(spelling_variant("Draupadi Murmu", "Droupadi Murmu"));
    assert!(!spelling_variant("Ola Holm", "Ola Helm"));
    assert!(!spelling_variant("Ilham Aliyev", "Heydar Aliyev"));
    assert!(!spelling_variant("Bruno Rodrigues", "Bruno Rodrigues"));
    assert!(!spelling_variant("Kari Lund", "Kari Lund Holm"));
    assert!(!spelling_variant(
        "Maria Santos Silva",
        "Mario Santos Silvo"
    ));
}

fn person(id: i64, name: &str) -> KnownName {
    KnownName {
        entity: EntityRef {
            kind: EntityKind::Person,
            id,
        },
        name: name.to_string(),
        valid_from: None,
        valid_until: None,
        standalone: false,
    }
}

#[test]
fn a_word_of_a_known_persons_name_is_told_apart_from_a_new_name() {
    let g = Gazetteer::new(vec![person(1, "Ilham Aliyev"), person(2, "Kamau")]);
    assert!(g.is_word_of_a_person("Aliyev"));
    assert!(g.is_word_of_a_person("Əliyev"));
    assert!(g.is_word_of_a_person("Ilham"));
    // A one-word name known as it is, or a word of no known name, is not.
    assert!(!g.is_word_of_a_person("Kamau"));
    assert!(!g.is_word_of_a_person("Museveni"));
}

#[test]
fn spellings_of_one_name_fold_alike() {
    for s in ["Al-Malik", "AlMalik", "al-Malik", "Almalik", "al Malik"] {
        assert_eq!(fold_name(s).replace(' ', ""), "almalik", "{s}");
    }
    assert_eq!(fold_name("Əliyev"), fold_name("Aliyev"));
    assert_eq!(fold_name("Salim M. AlMalik"), "salim m almalik");
    assert_eq!(fold_name("Azerbaijan's"), "azerbaijan");
}

#[test]
fn names_are_found_across_line_breaks_and_honorifics() {
    let g = Gazetteer::new(vec![person(1, "Salim bin Muhammad Al-Malik")]);
    let text = "H.E. Dr. Salim bin\nMuhammad AlMalik spoke.";
    let m = g.find(text, None);
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].surface, "Salim bin\nMuhammad AlMalik");
    let chars: Vec<char> = text.chars().collect();
    let s: String = chars[m[0].start_char..m[0].end_char].iter().collect();
    assert_eq!(s, m[0].surface);
}

#[test]
fn a_later_surname_resolves_to_the_full_name_met_earlier() {
    let g = Gazetteer::new(vec![
        person(1, "Jeyhun Bayramov"),
        person(2, "Ilham Aliyev"),
    ]);
    let m = g.find("Minister Jeyhun Bayramov arrived. FM Bayramov spoke.", None);
    assert_eq!(m.len(), 2);
    assert_eq!(m[1].surface, "Bayramov");
    assert_eq!(m[1].entity.map(|e| e.id), Some(1));
}

/// Each mention's surface and the entity it names.
fn surfaces(m: &[Mention]) -> Vec<(&str, Option<i64>)> {
    m.iter()
        .map(|m| (m.surface.as_str(), m.entity.map(|e| e.id)))
        .collect()
}

#[test]
fn a_given_name_after_a_royal_honorific_is_the_person_named_in_full() {
    let g = Gazetteer::new(vec![person(1, "Faisal bin Tariq"), person(2, "Ola Holm")]);
    let m = g.find(
        "Prince Faisal bin Tariq received Ola Holm. Prince Faisal later met Kari Lund. Faisal spoke.",
        None,
    );
    let found = surfaces(&m);
    // After "Prince" the given name is the prince; alone it is nobody yet.
    assert_eq!(
        found,
        vec![
            ("Faisal bin Tariq", Some(1)),
            ("Ola Holm", Some(2)),
            ("Faisal", Some(1))
        ]
    );
}

#[test]
fn a_knight_or_a_dame_is_named_again_by_the_given_name() {
    let g = Gazetteer::new(vec![person(1, "Ola Holm"), person(2, "Kari Lund")]);
    let m = g.find(
        "Governor-General Sir Ola Holm received Dame Kari Lund. Later Sir Ola met the press. Ola spoke.",
        None,
    );
    // After "Sir" the given name is the knight; alone too, as the one person named so.
    assert_eq!(
        surfaces(&m),
        vec![
            ("Ola Holm", Some(1)),
            ("Kari Lund", Some(2)),
            ("Ola", Some(1)),
            ("Ola", Some(1))
        ]
    );
    // Not a place's name ("In Victoria, B received C" after "Victoria Holm").
    let g = Gazetteer::new(vec![person(1, "Victoria Holm"), person(2, "Kari Lund")]);
    let m = g.find(
        "Envoy Victoria Holm met Kari Lund. In Victoria, Lund spoke.",
        None,
    );
    assert!(
        !surfaces(&m).contains(&("Victoria", Some(1))),
        "{:?}",
        surfaces(&m)
    );
    // Not before another capitalised word (someone else's name), nor when two share it.
    let g = Gazetteer::new(vec![
        person(1, "Ola Holm"),
        person(2, "Kari Lund"),
        person(3, "Ola Berg"),
    ]);
    let m = g.find(
        "Sir Ola Holm received Dame Kari Lund. Ola Hansen spoke. Kari Lund met Ola Berg. Ola spoke.",
        None,
    );
    assert_eq!(
        surfaces(&m),
        vec![
            ("Ola Holm", Some(1)),
            ("Kari Lund", Some(2)),
            ("Kari Lund", Some(2)),
            ("Ola Berg", Some(3))
        ]
    );
}

#[test]
fn a_given_name_after_a_title_is_the_person_named_in_full() {
    let g = Gazetteer::new(vec![person(1, "Ola Holm"), person(2, "Kari Lund")]);
    let m = g.find(
        "Prime Minister Ola Holm arrived. President Kari Lund welcomed Prime Minister Ola at the palace. Ola spoke.",
        None,
    );
    let found = surfaces(&m);
    assert_eq!(
        found,
        vec![
            ("Ola Holm", Some(1)),
            ("Kari Lund", Some(2)),
            ("Ola", Some(1)),
            ("Ola", Some(1))
        ]
    );
}

#[test]
fn a_word_after_a_place_and_a_comma_is_no_surname() {
    let g = Gazetteer::new(vec![
        person(1, "Kari Scotland"),
        KnownName {
            entity: EntityRef {
                kind: EntityKind::Place,
                id: 9,
            },
            name: "Glasgow".to_string(),
            valid_from: None,
            valid_until: None,
            standalone: false,
        },
    ]);
    let m = g.find(
        "Kari Scotland spoke. They met in Glasgow, Scotland. Scotland spoke.",
        None,
    );
    let found = surfaces(&m);
    assert_eq!(
        found,
        vec![
            ("Kari Scotland", Some(1)),
            ("Glasgow", Some(9)),
            ("Scotland", Some(1))
        ]
    );
    // After a clause that opens the sentence, the word after the comma is its subject.
    let m = g.find(
        "Kari Scotland spoke. During the visit to Glasgow, Scotland met the mayor.",
        None,
    );
    assert_eq!(
        surfaces(&m),
        vec![
            ("Kari Scotland", Some(1)),
            ("Glasgow", Some(9)),
            ("Scotland", Some(1))
        ]
    );
}

#[test]
fn two_people_sharing_a_surname_stay_apart() {
    let g = Gazetteer::new(vec![person(1, "Ilham Aliyev"), person(2, "Heydar Aliyev")]);
    let m = g.find(
        "Ilham Aliyev and Heydar Aliyev were named. Aliyev spoke.",
        None,
    );
    assert_eq!(m.len(), 3);
    assert_eq!(m[2].entity, None);
    assert_eq!(m[0].entity.map(|e| e.id), Some(1));
    assert_eq!(m[1].entity.map(|e| e.id), Some(2));
}

#[test]
fn a_surname_names_the_one_person_of_that_name_met_so_far() {
    let g = Gazetteer::new(vec![person(1, "Ola Holm"), person(2, "Kari Holm")]);
    let m = g.find(
        "Prime Minister Ola Holm arrived. PM Holm met the envoy. He came with his daughter Kari Holm. Holm spoke.",
        None,
    );
    let ids: Vec<(&str, Option<i64>)> = m
        .iter()
        .map(|m| (m.surface.as_str(), m.entity.map(|e| e.id)))
        .collect();
    assert_eq!(
        ids,
        vec![
            ("Ola Holm", Some(1)),
            ("Holm", Some(1)),
            ("Kari Holm", Some(2)),
            ("Holm", None)
        ]
    );
}

#[test]
fn acronyms_match_only_in_capitals() {
    let g = Gazetteer::new(vec![KnownName {
        entity: EntityRef {
            kind: EntityKind::Organization,
            id: 1,
        },
        name: "UN".to_string(),
        valid_from: None,
        valid_until: None,
        standalone: false,
    }]);
    assert_eq!(g.find("the UN said", None).len(), 1);
    assert_eq!(g.find("an un said", None).len(), 0);
}

#[test]
fn a_persons_name_written_in_lower_case_is_no_mention() {
    let g = Gazetteer::new(vec![person(1, "Grace Field"), person(2, "Ola Holm")]);
    // Words of running text that spell a known name are no mention of that person ...
    assert!(g
        .find("talks on the grace field of the new stadium", None)
        .is_empty());
    // ... a name written with its capitals (in capitals too, or with a lower-case particle) is.
    assert_eq!(g.find("Grace Field spoke.", None).len(), 1);
    assert_eq!(g.find("GRACE FIELD SPOKE", None).len(), 1);
    assert_eq!(g.find("ola Holm spoke", None).len(), 1);
}

#[test]
fn a_text_without_any_word_of_new_names_is_read_alike_with_or_without_them() {
    let before = vec![person(1, "Leyla Quliyeva")];
    let mut after = before.clone();
    after.push(person(2, "Tural Əsgərov"));
    let words = NameWords::new(["Tural Əsgərov"]);
    let untouched = "Leyla Quliyeva met the delegation in Ganja on Monday.";
    assert!(!words.may_name(untouched));
    let (g0, g1) = (Gazetteer::new(before), Gazetteer::new(after));
    assert_eq!(g0.find(untouched, None), g1.find(untouched, None));
    // Folded as the gazetteer folds: without the marks, and a surname alone.
    assert!(words.may_name("Quliyeva received Asgarov."));
    assert!(words.may_name("Tural said so."));
    assert!(!NameWords::new([]).may_name("Tural said so."));
}

#[test]
fn a_hyphenated_surname_alone_is_the_person_who_bears_it() {
    let g = Gazetteer::new(vec![
        person(1, "Gustavo Meza-Cuadra"),
        person(2, "Ola Holm"),
    ]);
    let m = g.find(
        "Minister Gustavo Meza-Cuadra arrived. Minister Meza-Cuadra and Ola Holm met. The Holm-Cuadra plan failed.",
        None,
    );
    // The whole word, as the full name writes it; not a word joined to another name.
    assert_eq!(
        surfaces(&m),
        vec![
            ("Gustavo Meza-Cuadra", Some(1)),
            ("Meza-Cuadra", Some(1)),
            ("Ola Holm", Some(2)),
            ("Holm", Some(2)),
            ("Cuadra", Some(1)),
        ]
    );
}

#[test]
fn a_name_with_initials_is_the_full_name_of_the_same_surname() {
    assert!(initialled_form("E. Rinkēvičs", "Edgars Rinkēvičs"));
    assert!(initialled_form("Edgars Rinkevics", "E. Rinkēvičs"));
    assert!(initialled_form(
        "S.M. Krishna",
        "Somanahalli Mallaiah Krishna"
    ));
    assert!(initialled_form("J. Smith", "John Paul Smith"));
    // Another initial, another surname, two full names, two initialled ones.
    assert!(!initialled_form("A. Rinkēvičs", "Edgars Rinkēvičs"));
    assert!(!initialled_form("E. Rinkēvičs", "Edgars Rinkevich"));
    assert!(!initialled_form("Edgars Rinkēvičs", "Egils Rinkēvičs"));
    assert!(!initialled_form("E. Rinkēvičs", "E. Rinkēvičs"));
    assert!(!initialled_form("J.P. Smith", "John Smith"));
}

#[test]
fn a_handle_that_writes_a_known_name_as_one_word_names_that_person() {
    let g = Gazetteer::new(vec![person(1, "Faisal bin Farhan"), person(2, "Ola Holm")]);
    let found = |text: &str| -> Vec<(Option<i64>, String)> {
        g.find(text, None)
            .into_iter()
            .map(|m| (m.entity.map(|e| e.id), m.surface))
            .collect()
    };
    assert_eq!(
        found("The Crown Prince receives Prince @FaisalbinFarhan, at the Palace."),
        vec![(Some(1), "FaisalbinFarhan".to_string())]
    );
    // Not a handle that only holds a name, nor a short name run together, nor an address.
    assert!(found("Follow @FaisalbinFarhanNews for more.").is_empty());
    assert!(found("Minister @OlaHolm spoke.").is_empty());
    assert!(found("Write to press@faisalbinfarhan.org today.").is_empty());
    // Only after a title: a handle tagged, credited or in a possessive is nobody met.
    assert!(found("The ministry wrote on X, tagging @FaisalbinFarhan.").is_empty());
    assert!(found("The Palace (photo by @FaisalbinFarhan).").is_empty());
    assert!(found("He received Prince @FaisalbinFarhan's colleagues.").is_empty());
}

#[test]
fn a_middle_name_left_out_is_the_same_name() {
    assert!(middle_name_left_out(
        "Tomas Lindqvist",
        "Tomas Erik Lindqvist"
    ));
    assert!(middle_name_left_out(
        "Tomas Erik Lindqvist",
        "Tomas Lindqvist"
    ));
    assert!(middle_name_left_out("Ana Lima", "Ana Maria de Lima"));
    // Other first or last words, the same length, or a surname of two letters are not.
    assert!(!middle_name_left_out(
        "Erik Lindqvist",
        "Tomas Erik Lindqvist"
    ));
    assert!(!middle_name_left_out("Tomas Erik", "Tomas Erik Lindqvist"));
    assert!(!middle_name_left_out("Tomas Lindqvist", "Tomas Lindqvist"));
    assert!(!middle_name_left_out(
        "Tomas Lindqvist",
        "Tomas Lindqvist Holm"
    ));
    assert!(!middle_name_left_out("Kim Un", "Kim Jong Un"));
}

#[test]
fn an_institution_named_after_someone_is_no_mention_of_them() {
    let g = Gazetteer::new(vec![person(1, "Jomo Kenyatta"), person(2, "Ola Holm")]);
    let found = |text: &str| {
        g.find(text, None)
            .iter()
            .filter_map(|m| m.entity.map(|e| e.id))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        found("Ola Holm visited Jomo Kenyatta University on Monday."),
        vec![2]
    );
    assert_eq!(
        found("Ola Holm opened the Jomo Kenyatta Memorial Museum."),
        vec![2]
    );
    // The person themself, before another name or a word in lower case.
    assert_eq!(found("Ola Holm met Jomo Kenyatta on Monday."), vec![2, 1]);
    assert_eq!(
        found("Ola Holm met Jomo Kenyatta and University rector Per Dahl."),
        vec![2, 1]
    );
}
