//! Raw articles: what `diplocat import` extracts from small texts written for each case.

use predicates::prelude::*;

use crate::{dump, TestResult, Workspace};

/// Writes the articles into a fresh folder of the workspace and imports it.
pub(crate) fn import_articles(
    ws: &Workspace,
    folder: &str,
    articles: &[(&str, &str)],
) -> TestResult {
    let dir = ws.dir.path().join(folder);
    std::fs::create_dir_all(&dir)?;
    for (name, text) in articles {
        std::fs::write(dir.join(name), text)?;
    }
    ws.cmd(&["import", dir.to_str().ok_or("path")?])?
        .assert()
        .success();
    Ok(())
}

/// Extracted meetings as "kind|date|place|people (sorted keys)".
pub(crate) fn extracted(ws: &Workspace) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let conn = ws.open()?;
    let mut stmt = conn.prepare(
        "SELECT m.kind || '|' || coalesce(m.date, '-') || '|' || coalesce(pl.key, '-') || '|' ||
                coalesce((SELECT group_concat(k, ',') FROM (SELECT coalesce(pe.key, o.key) AS k FROM participants pa
                          LEFT JOIN people pe ON pe.id = pa.person_id LEFT JOIN organizations o ON o.id = pa.organization_id
                          WHERE pa.meeting_id = m.id ORDER BY k)), '-')
         FROM meetings m LEFT JOIN places pl ON pl.id = m.place_id
         WHERE m.method = 'extracted' ORDER BY 1",
    )?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The names of the people extraction learned, in order.
pub(crate) fn extracted_people(ws: &Workspace) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let conn = ws.open()?;
    let mut stmt =
        conn.prepare("SELECT name FROM people WHERE method = 'extracted' ORDER BY name")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[test]
fn reported_encounters_become_meetings_with_evidence() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "talks.txt",
            "Bayramov meets AlMalik in Rabat\n\n date 2024-03-06 + ↺ − 16 px\n\nForeign Minister Jeyhun Bayramov met ICESCO Director General Salim AlMalik in Rabat on Monday.\n\nThe sides discussed cooperation in education.\n\nOn March 1, President Ilham Aliyev received the Director General in Baku.",
        )],
    )?;
    let found = extracted(&ws)?;
    assert_eq!(
        found,
        vec![
            "meeting|2024-03-04|rabat|jeyhun-bayramov,salim-almalik",
            "reception|2024-03-01|baku|ilham-aliyev,salim-almalik",
        ],
        "{found:#?}"
    );
    // Every extracted meeting has its sentence, at its offsets, marked extracted.
    let conn = ws.open()?;
    let bad: i64 = conn.query_row(
        "SELECT count(*) FROM evidence e JOIN articles a ON a.id = e.article_id
         WHERE e.method = 'extracted' AND substr(a.body, e.start_char + 1, e.end_char - e.start_char) <> e.sentence",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(bad, 0);
    let sentences: Vec<String> = conn
        .prepare("SELECT e.sentence FROM evidence e JOIN meetings m ON m.id = e.meeting_id WHERE m.kind = 'meeting' AND m.method = 'extracted' ORDER BY e.start_char")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    assert_eq!(
        sentences,
        vec![
            "Bayramov meets AlMalik in Rabat",
            "Foreign Minister Jeyhun Bayramov met ICESCO Director General Salim AlMalik in Rabat on Monday.",
            "The sides discussed cooperation in education."
        ]
    );
    // Roles: who received whom.
    let host: String = conn.query_row(
        "SELECT pe.key FROM participants pa JOIN people pe ON pe.id = pa.person_id JOIN meetings m ON m.id = pa.meeting_id
         WHERE m.kind = 'reception' AND pa.role = 'host'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(host, "ilham-aliyev");
    Ok(())
}

#[test]
fn phone_calls_decrees_letters_and_plans_are_not_meetings() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "negatives.txt",
            " date 2024-03-06 + ↺ − 16 px\n\nPresident Ilham Aliyev had a phone conversation with ICESCO Director General Salim AlMalik.\n\nPresident Ilham Aliyev signed a decree on the anniversary of ICESCO.\n\nForeign Minister Jeyhun Bayramov will visit Morocco next week.\n\nSalim AlMalik is expected to meet Jeyhun Bayramov in Baku.\n\nThe sides agreed to hold the next meeting in Rabat.\n\nJeyhun Bayramov received a letter from Salim AlMalik.\n\nMehriban Aliyeva was awarded the title of goodwill ambassador in Baku.",
        )],
    )?;
    assert_eq!(extracted(&ws)?, Vec::<String>::new());
    Ok(())
}

#[test]
fn date_forms_are_completed_from_the_article_date_or_left_unknown() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[
            (
                "dated.txt",
                " date 2023-11-13 + ↺ − 16 px\n\nSalim AlMalik visited Shusha on May 11.\n\nJeyhun Bayramov visited Rabat last year.\n\nIlham Aliyev visited Morocco on October 2-5 of this year.\n\nMehriban Aliyeva visited Abu Dhabi on J anuary 29-30, 2020.\n\nAnar Alakbarov has visited Sheki.",
            ),
            (
                "undated.txt",
                "Oktay Gurbanov visited Rabat.\n\nHissein Ibrahim Taha visited Baku on November 26.",
            ),
        ],
    )?;
    assert_eq!(
        extracted(&ws)?,
        vec![
            "visit|-|rabat|oktay-gurbanov",
            "visit|2020-01-29/2020-01-30|abu-dhabi|mehriban-aliyeva",
            "visit|2022|rabat|jeyhun-bayramov",
            "visit|2023-05-11|shusha|salim-almalik",
            "visit|2023-10-02/2023-10-05|morocco|ilham-aliyev",
            "visit|2023-11-13|sheki|anar-alakbarov",
            "visit|XXXX-11-26|baku|hissein-ibrahim-taha",
        ]
    );
    Ok(())
}

#[test]
fn a_page_dated_by_its_year_alone_gives_no_day_to_count_from() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "year.txt",
            "Ministers meet\n\nRabat, 03/05/2023 -- Oktay Gurbanov visited Rabat on Monday.\n\nHissein Ibrahim Taha has visited Baku.",
        )],
    )?;
    // Not 2022-12-26 (the Monday before 1 January) nor 2023-01-01: the year at most.
    for row in extracted(&ws)? {
        assert!(
            !row.contains("2022-12") && !row.contains("2023-01-01"),
            "{row}"
        );
    }
    Ok(())
}

#[test]
fn a_meeting_on_the_sidelines_of_the_forum_is_where_the_forum_was_not_at_the_dateline() -> TestResult
{
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "forum.txt",
            "Forum in Shusha\n\nRABAT, 12 May 2021 - The 5th Azerbaijan-Morocco Forum on Culture was held in Shusha on 10-11 May 2021.\n\nOn the sidelines of the forum, Jeyhun Bayramov met with Salim AlMalik.\n\nA delegation led by Anar Alakbarov visited the historic city of Sheki from 8 to 9 May.\n\nThe last visit of a Moroccan head of state to Baku was in 2019, said Oktay Gurbanov.",
        )],
    )?;
    assert_eq!(
        extracted(&ws)?,
        vec![
            "conference|2021-05-10/2021-05-11|shusha|jeyhun-bayramov,salim-almalik",
            "meeting|2021-05-10/2021-05-11|shusha|jeyhun-bayramov,salim-almalik",
            "visit|2021-05-08/2021-05-09|sheki|anar-alakbarov",
        ]
    );
    let name: String = ws.open()?.query_row(
        "SELECT summary FROM meetings WHERE kind = 'conference' AND method = 'extracted'",
        [],
        |r| r.get(0),
    )?;
    assert!(
        name.starts_with("5th Azerbaijan-Morocco Forum on Culture"),
        "{name}"
    );
    Ok(())
}

#[test]
fn the_same_meeting_in_two_articles_is_one_meeting_with_two_sources() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[
            (
                "agency.txt",
                " date 2024-03-06 + ↺ − 16 px\n\nJeyhun Bayramov met Salim AlMalik in Rabat on March 4.",
            ),
            (
                "paper.txt",
                "Published: 5 March 2024\n\nOn Monday, Foreign Minister Jeyhun Bayramov held talks with ICESCO Director-General Salim Al-Malik at ICESCO headquarters.",
            ),
        ],
    )?;
    let conn = ws.open()?;
    let (meetings, articles): (i64, i64) = conn.query_row(
        "SELECT count(DISTINCT m.id), count(DISTINCT e.article_id) FROM meetings m JOIN evidence e ON e.meeting_id = m.id WHERE m.method = 'extracted'",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    assert_eq!((meetings, articles), (1, 2));

    // A meeting of the same people on another day stays apart.
    import_articles(
        &ws,
        "b",
        &[(
            "later.txt",
            " date 2024-06-20 + ↺ − 16 px\n\nJeyhun Bayramov met Salim AlMalik in Baku on June 18.",
        )],
    )?;
    assert_eq!(
        extracted(&ws)?,
        vec![
            "meeting|2024-03-04|rabat|jeyhun-bayramov,salim-almalik",
            "meeting|2024-06-18|baku|jeyhun-bayramov,salim-almalik",
        ]
    );
    Ok(())
}

#[test]
fn curated_meetings_win_over_extracted_ones() -> TestResult {
    let ws = Workspace::seeded()?;
    // The seed's own articles, imported again as raw text, add no meeting.
    let before: i64 = ws
        .open()?
        .query_row("SELECT count(*) FROM meetings", [], |r| r.get(0))?;
    let conn = ws.open()?;
    let extracted_meetings: i64 = conn.query_row(
        "SELECT count(*) FROM meetings WHERE method = 'extracted'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(
        extracted_meetings, 0,
        "the seed's curated meetings cover its articles"
    );
    import_articles(
        &ws,
        "a",
        &[(
            "copy.txt",
            " date 2023-11-13 + ↺ − 16 px\n\nAzerbaijan's Minister of Foreign Affairs Jeyhun Bayramov has met with ICESCO Director-General Salim AlMalik as part of his official visit to the Kingdom of Morocco.",
        )],
    )?;
    let after: i64 = conn.query_row("SELECT count(*) FROM meetings", [], |r| r.get(0))?;
    assert_eq!(after, before, "{:#?}", extracted(&ws)?);
    Ok(())
}

#[test]
fn dry_run_lists_what_would_be_added_and_writes_nothing() -> TestResult {
    let ws = Workspace::seeded()?;
    let dir = ws.dir.path().join("a");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(
        dir.join("talks.txt"),
        "Minister meets Director General\n\nBAKU, Azerbaijan, March 4 (Trend) - Minister of Culture of Morocco Mohamed Mehdi Bensaid met ICESCO Director General Salim AlMalik in Baku today.",
    )?;
    let before = dump(&ws.open()?)?;
    ws.cmd(&["import", "--dry-run", dir.to_str().ok_or("path")?])?
        .assert()
        .success()
        .stdout(predicate::str::contains("dry run: nothing was written"))
        .stdout(predicate::str::contains(
            "talks.txt: \"Minister meets Director General\", published XXXX-03-04, outlet Trend, author unknown, dateline Baku",
        ))
        .stdout(predicate::str::contains("new person \"Mohamed Mehdi Bensaid\""))
        .stdout(predicate::str::contains("meeting Meeting of Mohamed Mehdi Bensaid and Salim bin Muhammad Al-Malik in Baku"));
    assert_eq!(dump(&ws.open()?)?, before);
    Ok(())
}

#[test]
fn articles_from_other_outlets_are_read_like_the_seed() -> TestResult {
    // An agency page with masthead, menu and widgets; an organization's press release with an
    // appositive title; an agency wire with a dateline and a byline at the end.
    let ws = Workspace::seeded()?;
    let dir = crate::fixture("raw-articles");
    ws.cmd(&["import", dir.to_str().ok_or("path")?])?
        .assert()
        .success();
    assert_eq!(
        extracted(&ws)?,
        vec![
            // "met ... on the sidelines of the OIC Council of Foreign Ministers": both attended it
            "conference|2026-11-18|jeddah|hissein-ibrahim-taha,jeyhun-bayramov",
            // "in Jeddah": the world gazetteer knows it (the seed does not); "the sides also
            // signed" where they met.
            "meeting|2026-11-18|jeddah|hissein-ibrahim-taha,jeyhun-bayramov",
            // the lead of a wire under "BAKU, Azerbaijan, Oct. 3 (Trend) -" took place that day
            "meeting|XXXX-10-03|shusha|aydin-karimov,salim-almalik",
            "reception|2024-03-05|rabat|salim-almalik,syed-haider-shah",
            "signing|2026-11-18|jeddah|hissein-ibrahim-taha,jeyhun-bayramov",
            "visit|XXXX-10-03|baku|salim-almalik",
        ]
    );
    let conn = ws.open()?;
    let articles: Vec<String> = conn
        .prepare("SELECT a.file_name || '|' || coalesce(a.published, '-') || '|' || coalesce(o.name, '-') || '|' || coalesce(a.author, '-') || '|' || coalesce(p.key, '-') FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id LEFT JOIN places p ON p.id = a.dateline_place_id WHERE a.file_name NOT LIKE '00%' ORDER BY 1")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    assert_eq!(
        articles,
        vec![
            "azertac.txt|2026-11-18|AZERTAC|-|baku",
            "press.txt|2024-03-05|-|-|rabat",
            "trend.txt|XXXX-10-03|Trend|Laman Ismayilova|baku",
        ]
    );
    let body: String = conn.query_row(
        "SELECT body FROM articles WHERE file_name = 'azertac.txt'",
        [],
        |r| r.get(0),
    )?;
    for furniture in [
        "Sunday",
        "Politics",
        "Select Language",
        "Русский",
        "Share",
        "Print",
        "AZERTAC -",
    ] {
        assert!(!body.contains(furniture), "{furniture:?} left in {body}");
    }
    Ok(())
}

#[test]
fn copies_of_an_undated_event_are_one_meeting_with_every_source() -> TestResult {
    let ws = Workspace::seeded()?;
    let page = |n: usize, city: &str| {
        format!("Forum news {n}\n\nThe 5th Nordic Trade Forum was held in {city} with the participation of many delegations.\n\nDelegates from {n} countries attended.\n")
    };
    import_articles(
        &ws,
        "a",
        &[
            ("f1.txt", &page(1, "Oslo")),
            ("f2.txt", &page(2, "Oslo")),
            ("f3.txt", &page(3, "Oslo")),
            // the same name in another city is another event
            ("f4.txt", &page(4, "Bergen")),
        ],
    )?;
    let conn = ws.open()?;
    let mut stmt = conn.prepare(
        "SELECT m.summary, count(DISTINCT e.article_id) FROM meetings m JOIN evidence e ON e.meeting_id = m.id
         WHERE m.summary LIKE '5th Nordic Trade Forum%' GROUP BY m.id ORDER BY 1",
    )?;
    let rows: Vec<(String, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    assert_eq!(
        rows,
        vec![
            ("5th Nordic Trade Forum in Bergen".to_string(), 1),
            ("5th Nordic Trade Forum in Oslo".to_string(), 3)
        ]
    );
    Ok(())
}

#[test]
fn copies_of_a_report_of_a_meeting_also_held_are_one_meeting() -> TestResult {
    let ws = Workspace::seeded()?;
    // Two copies of one report (one has a doubled space, so they are two articles): "also met"
    // keeps a meeting apart from other reports of the same people, not from its own copy.
    let page = |gap: &str| {
        format!("Minister in Cairo\n\nCAIRO, March 4 (MENA) - Foreign Minister Ola Holm received Ambassador Kari Lund on Monday.{gap}Holm also met Vice President Per Dahl at the palace.\n")
    };
    import_articles(&ws, "a", &[("c1.txt", &page(" ")), ("c2.txt", &page("  "))])?;
    let conn = ws.open()?;
    let sources: Vec<i64> = conn
        .prepare(
            "SELECT count(DISTINCT e.article_id) FROM meetings m JOIN evidence e ON e.meeting_id = m.id
             WHERE m.method = 'extracted' GROUP BY m.id ORDER BY m.id",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    assert_eq!(sources, vec![2, 2], "{:#?}", extracted(&ws)?);
    Ok(())
}

#[test]
fn a_capital_a_city_s_building_and_a_building_s_city_give_the_place() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[
            (
                "capital.txt",
                "Declaration signed\n\nForeign Minister Ana Rivas signed a Joint Declaration with her counterpart Marta Holm while meeting in Peru's capital city, Lima, on 3 March 2014.\n",
            ),
            (
                "airport.txt",
                "Return\n\nKAMPALA, July 31, 2023 (UNA) - At Entebbe International Airport, President Ola Holm was received by the Vice President, Kari Lund.\n",
            ),
            (
                "in-amman.txt",
                "Arrival\n\nPrime Minister Per Dahl met President Tor Vik upon his arrival at Marka Military Airport in Amman on 4 March 2024.\n",
            ),
            (
                "abuja.txt",
                "Talks\n\nMinister Eva Berg held talks with Ambassador Jon Moe in the country's capital, Abuja, on 5 May 2024.\n",
            ),
        ],
    )?;
    let found = extracted(&ws)?;
    for want in [
        "signing|2014-03-03|lima|ana-rivas,marta-holm",
        "reception|2023-07-31|entebbe|kari-lund,ola-holm",
        "meeting|2024-03-04|amman|per-dahl,tor-vik",
        "meeting|2024-05-05|abuja|eva-berg,jon-moe",
    ] {
        assert!(found.iter().any(|m| m == want), "{want} in {found:#?}");
    }
    Ok(())
}

#[test]
fn envoys_who_met_as_a_group_each_meet_the_one_named_when_a_later_sentence_names_them() -> TestResult
{
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[
            (
                "new-envoys.txt",
                "Envoys meet the President\n\nOSLO, 14 march 2022 (NTB) – Norway's new envoys to Peru, Chile, and Ghana have met the President of the Republic, Tor Vik, before leaving for their posts.\nThe new ambassadors are Ana Maria Holm who was appointed ambassador to Peru, Per Olav Dahl to Chile, and the Ambassador of Norway to Ghana, Kari Lund.\n",
            ),
            // No one named after: nothing is made of the group.
            (
                "unnamed.txt",
                "Envoys\n\nBERGEN, 15 march 2022 (NTB) – Several ambassadors met Prime Minister Eva Berg on Tuesday to discuss trade.\n",
            ),
            // Envoys to one country, presenting their credentials there: its place stays.
            (
                "credentials.txt",
                "Ceremony\n\nOSLO, 16 March 2022 (NTB) – Foreign Minister Jon Moe met with President Rosa Cruz during a ceremony for newly appointed ambassadors to Peru, the ministry said.\n",
            ),
        ],
    )?;
    let found = extracted(&ws)?;
    for want in [
        "meeting|2022-03-14|oslo|ana-maria-holm,tor-vik",
        "meeting|2022-03-14|oslo|per-olav-dahl,tor-vik",
        "meeting|2022-03-14|oslo|kari-lund,tor-vik",
        "meeting|2022-03-16|peru|jon-moe,rosa-cruz",
    ] {
        assert!(found.iter().any(|m| m == want), "{want} in {found:#?}");
    }
    assert!(!found.iter().any(|m| m.contains("eva-berg")), "{found:#?}");
    Ok(())
}

#[test]
fn envoys_groups_lists_joint_meetings_and_datelines_stay_within_their_forms() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[
            // "They were earlier briefed by B": no list of the group's envoys.
            (
                "briefed.txt",
                "Envoys\n\nOSLO, 4 March 2022 (NTB) - Norway's new envoys to Peru, Chile and Ghana have met the President, Tor Vik. The President urged them to attract trade. They were earlier briefed at the ministry by the Secretary General, Eva Berg Lie.\n",
            ),
            // "The governors were drawn from A Region, B Region": no people.
            (
                "regions.txt",
                "Governors\n\nOSLO, 5 March 2022 (NTB) - Regional governors met Prime Minister Per Dahl on Tuesday. The governors were drawn from Agder Region, Viken Region and Troms Region, the office said.\n",
            ),
            // Ambassadors taken to two cities: the first is where they met.
            (
                "tour.txt",
                "Tour\n\nOSLO, 6 March 2022 (NTB) - Deputy Minister Kari Lund accompanied the visiting EU ambassadors to Bergen and Trondheim, where they met Mayor Jon Moe Aas.\n",
            ),
            // "Home" and "Mines" are surnames too.
            (
                "surnames.txt",
                "Surnames\n\nLONDON, 7 March 2022 - Prime Minister Anna Ward met the Scottish Secretary, David Home, on Monday.\n",
            ),
            // Separate joint meetings: one each.
            (
                "separate.txt",
                "Trade\n\nKAMPALA, 8 March 2022 (UNA) - Trade Minister Rose Akiki held separate joint meetings with Kenyan Trade Minister Peter Wafula and Rwandan Trade Minister Grace Uwase on Monday.\n",
            ),
            // A date in the dashed dateline's brackets is no outlet.
            (
                "dated.txt",
                "Talks\n\nLILONGWE-(June 3, 2022)-President Tom Banda on Friday met the Zambian Foreign Minister, Ruth Mwale.\n",
            ),
        ],
    )?;
    let found = extracted(&ws)?;
    assert!(
        !found.iter().any(|m| m.contains("eva-berg-lie")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|m| m.ends_with("|bergen|jon-moe-aas,kari-lund")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|m| m.ends_with("|anna-ward,david-home")),
        "{found:#?}"
    );
    for pair in ["grace-uwase,rose-akiki", "peter-wafula,rose-akiki"] {
        assert!(
            found.iter().any(|m| m.ends_with(pair)),
            "{pair} in {found:#?}"
        );
    }
    assert!(
        found
            .iter()
            .any(|m| m.starts_with("meeting|2022-06-03|") && m.ends_with("|ruth-mwale,tom-banda")),
        "{found:#?}"
    );
    let people = extracted_people(&ws)?;
    assert!(!people.iter().any(|p| p.ends_with("Region")), "{people:#?}");
    let conn = ws.open()?;
    let outlets: i64 = conn.query_row(
        "SELECT count(*) FROM outlets WHERE name LIKE '%2022%'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(outlets, 0);
    Ok(())
}

#[test]
fn a_group_of_envoys_keeps_each_guest_told_later_while_the_text_speaks_of_them() -> TestResult {
    let ws = Workspace::seeded()?;
    // "presented on Tuesday, 9 January 2018, their letters of credence": the day between the
    // verb and its object; "They are: ..." lists no one by name; the guests come one by one,
    // a guest's talk with the host in between ("She briefed the Chairperson").
    let group = "Three new Ambassadors presented on Tuesday, 9 January 2018, their letters of credence to Chairperson Tor Vik at the headquarters in Oslo. They are: one new envoy from Chile and two from Peru and Cuba.";
    import_articles(
        &ws,
        "a",
        &[
            (
                "group.txt",
                &format!("Envoys\n\nOSLO, 10 January 2018 (NTB) – {group}\n\nAfter presenting her credentials, the new Chilean Ambassador, Ana Maria Cruz, spoke of trade. Ambassador Cruz also congratulated Mr Tor Vik on his work. She briefed the Chairperson on fishing.\n\nIn the same vein, the new Ambassador of Peru, Per Lund, presented his credentials to the Chairperson.\n"),
            ),
            // Another encounter told between ends it: the last envoy's reception is told on
            // its own, on the day of the report.
            (
                "between.txt",
                &format!("Envoys\n\nBERGEN, 12 January 2018 (NTB) – {group}\n\nMinister Eva Berg met Minister Kari Holm on trade.\n\nIn the same vein, the new Ambassador of Cuba, Jon Moe, presented his credentials to the Chairperson.\n"),
            ),
        ],
    )?;
    let found = extracted(&ws)?;
    for want in [
        "reception|2018-01-09|oslo|ana-maria-cruz,tor-vik",
        "reception|2018-01-09|oslo|per-lund,tor-vik",
        "reception|2018-01-12|bergen|jon-moe,tor-vik",
    ] {
        assert!(found.iter().any(|m| m == want), "{want} in {found:#?}");
    }
    Ok(())
}

#[test]
fn a_meeting_during_a_visit_to_a_region_the_catalog_does_not_know_is_not_at_the_dateline(
) -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[
            (
                "region.txt",
                "Talks\n\nOSLO, 14 March 2022 (NTB) – Deputy Foreign Minister Ola Holm has met with Peruvian Foreign Minister Kari Lund as part of his visit to Latin America.\n",
            ),
            // Without a place named, the dateline's city stays the place; so it does after
            // "the visit of" a titled visitor.
            (
                "home.txt",
                "Talks\n\nOSLO, 15 March 2022 (NTB) – Deputy Foreign Minister Per Dahl has met with Peruvian Foreign Minister Eva Berg.\n",
            ),
            (
                "visitor.txt",
                "Talks\n\nOSLO, 16 March 2022 (NTB) – During the visit of Crown Prince Jon Moe, Prime Minister Kari Holm has held talks with him.\n",
            ),
        ],
    )?;
    let found = extracted(&ws)?;
    for want in [
        "meeting|2022-03-14|-|kari-lund,ola-holm",
        "meeting|2022-03-15|oslo|eva-berg,per-dahl",
        "meeting|2022-03-16|oslo|jon-moe,kari-holm",
    ] {
        assert!(found.iter().any(|m| m == want), "{want} in {found:#?}");
    }
    Ok(())
}

#[test]
fn a_visit_to_three_cities_is_three_visits_and_stays_so_when_read_again() -> TestResult {
    let ws = Workspace::seeded()?;
    import_articles(
        &ws,
        "a",
        &[(
            "tour.txt",
            "Envoy tours the region\n\nAlongside him is Ola Holm, the Norwegian envoy, who is visiting Riyadh, Cairo, and Ankara as part of a regional tour.",
        )],
    )?;
    let visits = |found: Vec<String>| -> Vec<String> {
        found
            .into_iter()
            .filter(|m| m.starts_with("visit|-|"))
            .collect()
    };
    let first = visits(extracted(&ws)?);
    assert_eq!(first.len(), 3, "{first:?}");
    for city in ["riyadh", "cairo", "ankara"] {
        assert!(first.iter().any(|v| v.contains(city)), "{city}: {first:?}");
    }
    ws.cmd(&["import", "--reextract"])?.assert().success();
    assert_eq!(visits(extracted(&ws)?), first);
    Ok(())
}
