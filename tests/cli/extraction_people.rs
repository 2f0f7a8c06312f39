//! Raw articles: who `diplocat import` finds in small texts written for each case (people
//! named several ways, titles, posts, spouses), and who it does not.

use predicates::prelude::*;

use crate::extraction::{extracted, extracted_people, import_articles};
use crate::{TestResult, Workspace};

#[test]
fn two_people_who_share_a_surname_stay_apart() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "aliyevs.txt",
            " date 2024-03-06 + ↺ − 16 px\n\nIlham Aliyev met Salim AlMalik in Baku on March 4. Mehriban Aliyeva and Heydar Aliyev Foundation staff attended.\n\nAliyev said the talks were useful.",
        )],
    )?;
    // "Aliyev" alone is Ilham Aliyev: Mehriban Aliyeva's surname is another word.
    let conn = ws.open()?;
    let resolved: Option<String> = conn.query_row(
        "SELECT pe.key FROM mentions mn JOIN articles a ON a.id = mn.article_id LEFT JOIN people pe ON pe.id = mn.person_id
         WHERE a.file_name = 'aliyevs.txt' AND mn.surface = 'Aliyev'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(resolved.as_deref(), Some("ilham-aliyev"));

    // Two people named Aliyev in one article: the surname alone is left unresolved, and
    // `report review` lists it.
    let names = ws.dir.path().join("names");
    std::fs::create_dir_all(&names)?;
    std::fs::write(
        names.join("people.csv"),
        "key,name,description\nelchin-aliyev,Elchin Aliyev,Test person\n",
    )?;
    ws.cmd(&["import", names.to_str().ok_or("path")?])?
        .assert()
        .success();
    import_articles(
        &ws,
        "b",
        &[(
            "two.txt",
            " date 2024-03-07 + ↺ − 16 px\n\nIlham Aliyev received Elchin Aliyev in Baku on March 5.\n\nAliyev thanked the president.",
        )],
    )?;
    let unresolved: i64 = conn.query_row(
        "SELECT count(*) FROM mentions mn JOIN articles a ON a.id = mn.article_id
         WHERE a.file_name = 'two.txt' AND mn.surface = 'Aliyev' AND mn.person_id IS NULL",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(unresolved, 1);
    assert!(extracted(&ws)?
        .contains(&"reception|2024-03-05|baku|elchin-aliyev,ilham-aliyev".to_string()));
    ws.cmd(&["report", "review"])?
        .assert()
        .success()
        .stdout(predicate::str::contains("unresolved name"))
        .stdout(predicate::str::contains("two.txt"));
    Ok(())
}

#[test]
fn one_person_spelt_two_ways_in_an_article_is_one_person() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "spellings.txt",
            " date 2024-05-08\n\nPrime Minister Karl Andersen greets Foreign Minister Jonas Pedersen at the palace.\n\nPrime Minister Karl Andersen met with Foreign Minister Jonas Petersen in Oslo on Wednesday.",
        )],
    )?;
    let people = extracted_people(&ws)?;
    let conn = ws.open()?;
    assert_eq!(people, vec!["Jonas Pedersen", "Karl Andersen"]);
    let spelling: String = conn.query_row(
        "SELECT pn.kind FROM person_names pn JOIN people p ON p.id = pn.person_id WHERE pn.name = 'Jonas Petersen' AND p.name = 'Jonas Pedersen'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(spelling, "spelling");
    assert_eq!(
        extracted(&ws)?,
        vec!["meeting|2024-05-08|oslo|jonas-pedersen,karl-andersen"]
    );
    Ok(())
}

#[test]
fn a_surname_alone_without_its_accent_is_the_person_named_in_full_before() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "surname.txt",
            " date 2019-10-31\n\nForeign Minister Karl Andersen met President Mario Abdo Benítez in Oslo on Monday.\n\nOn Tuesday, Andersen held talks with President Benitez and Foreign Minister Jonas Pedersen.",
        )],
    )?;
    let people = extracted_people(&ws)?;
    assert_eq!(
        people,
        vec!["Jonas Pedersen", "Karl Andersen", "Mario Abdo Benítez"]
    );
    Ok(())
}

#[test]
fn initials_or_a_two_word_surname_later_are_the_person_named_in_full_before() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "later.txt",
            " date 2023-07-10\n\nForeign Minister Karl Andersen met Foreign Minister Ana Mendonca Pires in Oslo on Monday.\n\nMinister Mendonca Pires later met Prime Minister Jonas Pedersen. Foreign Minister K. Andersen also met Prime Minister Jonas Pedersen.",
        )],
    )?;
    assert_eq!(
        extracted_people(&ws)?,
        vec!["Ana Mendonca Pires", "Jonas Pedersen", "Karl Andersen"]
    );
    Ok(())
}

#[test]
fn a_name_with_a_middle_name_left_out_is_the_person_named_in_full() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "middle.txt",
            " date 2023-07-10\n\nForeign Minister Karl Andersen met the WHO Director-General Tomas Lindqvist in Geneva on Monday.\n\nForeign Minister Karl Andersen met the WHO Director-General Tomas Erik Lindqvist on Monday and discussed health.",
        )],
    )?;
    assert_eq!(
        extracted_people(&ws)?,
        vec!["Karl Andersen", "Tomas Lindqvist"]
    );
    let conn = ws.open()?;
    let alias: i64 = conn.query_row(
        "SELECT count(*) FROM person_names n JOIN people p ON p.id = n.person_id
         WHERE p.name = 'Tomas Lindqvist' AND n.name = 'Tomas Erik Lindqvist' AND n.kind = 'alias'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(alias, 1);
    // Two people told apart by one sentence, or by their posts, stay two.
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "b",
        &[(
            "two.txt",
            " date 2023-07-10\n\nForeign Minister Tomas Lindqvist met Ambassador Tomas Erik Lindqvist in Oslo on Monday.\n\nLater, Trade Minister Eva Berg met Ambassador Kari Lund. Foreign Minister Eva Maria Berg met Ambassador Per Dahl.",
        )],
    )?;
    assert_eq!(
        extracted_people(&ws)?,
        vec![
            "Eva Berg",
            "Eva Maria Berg",
            "Kari Lund",
            "Per Dahl",
            "Tomas Erik Lindqvist",
            "Tomas Lindqvist"
        ]
    );
    Ok(())
}

#[test]
fn a_name_by_its_fathers_name_without_the_familys_is_the_person_named_in_full() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "lineage.txt",
            " date 2023-07-10\n\nForeign Minister Khalid bin Saeed Al Rashed met Ambassador Kari Lund in Oslo on Monday.\n\nSheikh Khalid bin Saeed and Lund also exchanged views on trade.",
        )],
    )?;
    assert_eq!(
        extracted_people(&ws)?,
        vec!["Kari Lund", "Khalid bin Saeed Al Rashed"]
    );
    let meetings: i64 = ws.open()?.query_row(
        "SELECT count(DISTINCT e.meeting_id) FROM evidence e JOIN articles a ON a.id = e.article_id
             WHERE a.file_name = 'lineage.txt' AND e.meeting_id IS NOT NULL",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(meetings, 1);
    Ok(())
}

#[test]
fn titles_introduce_new_people_and_acronyms_are_learned() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "new.txt",
            " date 2024-03-06 + ↺ − 16 px\n\nMinister of Culture of Morocco Mohamed Mehdi Bensaid met ICESCO Director General Salim AlMalik in Rabat on March 4. The Islamic Development Bank (IsDB) and the Organization of Islamic Cooperation (OIC) were represented.\n\nBensaid thanked the organization.",
        )],
    )?;
    let conn = ws.open()?;
    let (key, method): (String, String) = conn.query_row(
        "SELECT key, method FROM people WHERE name = 'Mohamed Mehdi Bensaid'",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    assert_eq!(
        (key.as_str(), method.as_str()),
        ("mohamed-mehdi-bensaid", "extracted")
    );
    let (title, seen, country): (String, String, String) = conn.query_row(
        "SELECT po.title, po.seen_date, pl.key FROM positions po JOIN people pe ON pe.id = po.person_id JOIN places pl ON pl.id = po.country_id WHERE pe.key = 'mohamed-mehdi-bensaid'",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    assert_eq!(
        (title.as_str(), seen.as_str(), country.as_str()),
        ("Minister of Culture of Morocco", "2024-03-06", "morocco")
    );
    // The surname alone later in the article is the new person.
    let later: i64 = conn.query_row(
        "SELECT count(*) FROM mentions mn JOIN people pe ON pe.id = mn.person_id WHERE pe.key = 'mohamed-mehdi-bensaid' AND mn.surface = 'Bensaid'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(later, 1);
    assert!(extracted(&ws)?
        .contains(&"meeting|2024-03-04|rabat|mohamed-mehdi-bensaid,salim-almalik".to_string()));
    // A new organization with its acronym; OIC was already known and is not learned twice.
    let names: Vec<String> = conn
        .prepare("SELECT n.name || '=' || o.name FROM organization_names n JOIN organizations o ON o.id = n.organization_id WHERE n.method = 'extracted' ORDER BY 1")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    assert_eq!(
        names,
        vec!["IsDB=Islamic Development Bank"],
        "Islamic Development Bank is curated, so only its acronym is learned"
    );
    Ok(())
}

#[test]
fn an_adjective_of_nationality_gives_the_post_its_country() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "posts.txt",
            "Oslo, 3 March 2024 - Indonesian Foreign Minister Ana Lima Berg met her Vietnamese counterpart Kari Lund Holm in Oslo on Monday. Mauritanian Ambassador to Morocco Per Dahl Moen also attended.",
        )],
    )?;
    let conn = ws.open()?;
    let posts: Vec<String> = conn
        .prepare("SELECT person || ' / ' || title || ' / ' || coalesce(\"of\", '-') FROM report_positions WHERE method = 'extracted' ORDER BY 1")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    assert_eq!(
        posts,
        vec![
            "Ana Lima Berg / Foreign Minister / Indonesia",
            "Kari Lund Holm / Foreign Minister / Vietnam",
            "Per Dahl Moen / Ambassador to Morocco / Mauritania",
        ]
    );
    // The same text again adds nothing: "her counterpart" finds the position it gave.
    let dir = ws.dir.path().join("a");
    ws.cmd(&["import", dir.to_str().ok_or("path")?])?
        .assert()
        .success()
        .stdout(predicate::str::contains("already up to date"));
    Ok(())
}

#[test]
fn initials_in_brackets_after_a_name_name_the_person_again() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "arrival.txt",
            "President arrives in Oslo\n\nOSLO, March 4 (NTB) - President Pedro Lima Holm (PLH) arrived in Oslo on Monday.\n\nPLH was received by Prime Minister Kari Lund at the palace.",
        )],
    )?;
    let found = extracted(&ws)?;
    assert!(
        found
            .iter()
            .any(|m| m.starts_with("reception|") && m.ends_with("|kari-lund,pedro-lima-holm")),
        "{found:#?}"
    );
    // The initials are one of the person's names, from the article, marked as such.
    let conn = ws.open()?;
    let kind: String = conn.query_row(
        "SELECT kind FROM person_names WHERE name = 'PLH' AND method = 'extracted' AND article_id IS NOT NULL",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(kind, "acronym");
    // The person is one row to review, whatever names were learned of them.
    let out = ws.cmd(&["report", "review", "--format", "csv"])?.output()?;
    let review = String::from_utf8(out.stdout)?;
    let rows = review
        .lines()
        .filter(|l| l.starts_with("new person,pedro-lima-holm,"))
        .count();
    assert_eq!(rows, 1, "{review}");
    Ok(())
}

#[test]
fn a_name_in_quotes_after_a_name_is_the_one_the_person_goes_by() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "visit.txt",
            "Leader visits Oslo\n\nOSLO, March 4 (NTB) - The President of the Region, Pedro Lima Holm ‘Pelle’, visited Norway for talks.\n\nDuring his visit, President Pelle on Monday met with Prime Minister Kari Lund.",
        )],
    )?;
    let found = extracted(&ws)?;
    // One person, by either name: the meeting is his, in Norway, where his visit went.
    assert!(
        found
            .iter()
            .any(|m| m.starts_with("meeting|") && m.ends_with("|kari-lund,pedro-lima-holm")),
        "{found:#?}"
    );
    let conn = ws.open()?;
    let (people, kind): (i64, String) = conn.query_row(
        "SELECT (SELECT count(*) FROM people WHERE name LIKE '%Pelle%'), kind FROM person_names WHERE name = 'Pelle'",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    assert_eq!((people, kind.as_str()), (0, "alias"));
    Ok(())
}

#[test]
fn a_person_is_found_by_whole_words_of_the_name() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "visit.txt",
            "Minister visits\n\nOSLO, March 4 (NTB) - Foreign Minister Jean Van Damme and Foreign Minister Mohammed al-Rashid met Prime Minister Kari Lund in Oslo on Monday.\n",
        )],
    )?;
    // "Rashid": the surname of "Mohammed al-Rashid" without its particle.
    for name in [
        "Van Damme",
        "Damme",
        "Jean Van Damme",
        "Rashid",
        "al-Rashid",
    ] {
        ws.cmd(&["report", "meetings", "-p", &format!("person={name}")])?
            .assert()
            .success()
            .stdout(predicate::str::contains("Kari Lund"));
    }
    Ok(())
}

#[test]
fn a_spouse_takes_part_and_holds_no_post() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "state-visit.txt",
            "State visit\n\nOSLO, March 4 (NTB) - President Ola Holm and his spouse Kari Lund met Prime Minister Per Dahl in Oslo on Monday.\n",
        )],
    )?;
    let found = extracted(&ws)?;
    assert!(
        found
            .iter()
            .any(|m| m.ends_with("|kari-lund,ola-holm,per-dahl")),
        "{found:#?}"
    );
    let conn = ws.open()?;
    let posts: i64 = conn.query_row(
        "SELECT count(*) FROM positions po JOIN people p ON p.id = po.person_id WHERE p.key = 'kari-lund'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(posts, 0);
    Ok(())
}

#[test]
fn a_name_told_by_its_last_two_words_first_and_in_full_later_is_one_person() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "headline-first.txt",
            "President Vik Holm received the President of Chile\n\nAt noon on Thursday, 4 March 2021, the President of the Republic Ola Vik Holm met with the President of Chile, Ana Rojas, in Oslo.\n",
        )],
    )?;
    let people = extracted_people(&ws)?;
    assert_eq!(
        people.iter().filter(|p| p.ends_with("Vik Holm")).count(),
        1,
        "{people:#?}"
    );
    Ok(())
}

#[test]
fn an_institution_named_after_someone_told_before_is_no_meeting_with_them() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "university.txt",
            "Visit\n\nOSLO, 4 March 2022 (NTB) - The late President Per Olav Dahl founded the academy in 1980. On Monday, Speaker Ola Holm visited the Per Olav Dahl University of Maritime Studies, and later the Dahl Cultural Centre.\n",
        )],
    )?;
    let found = extracted(&ws)?;
    assert!(
        !found.iter().any(|m| m.contains("per-olav-dahl")),
        "{found:#?}"
    );
    Ok(())
}
