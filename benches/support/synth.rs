//! A deterministic generator of synthetic raw articles, with the meetings each one reports.
//!
//! Article `i` of seed `s` depends on `(s, i)` only, so any slice of a corpus can be made
//! on its own, in parallel, and is the same on every machine. The articles use the layouts
//! diplocat reads (an AZERTAC page with its menus and widgets, a Trend wire with a byline,
//! an ICESCO press release), name people from the bundled seed and invented ones introduced
//! by their titles, and say who met whom in varied sentences. `truth` is what an ideal
//! extractor finds: it serves the benchmarks and a large-scale check of extraction.

use std::fmt::Write as _;
use std::io::{self, Write as _};
use std::path::Path;

use chrono::{Datelike, NaiveDate};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// One meeting an article reports: what an extractor should find.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TruthMeeting {
    pub article: String,
    pub kind: &'static str,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Full names, `; ` between them, in the order the sentence gives them.
    pub people: String,
    pub place: &'static str,
    /// The sentence that reports the meeting, as it stands in the article body.
    pub sentence: String,
}

/// One generated article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntheticArticle {
    pub file_name: String,
    pub text: String,
    pub truth: Vec<TruthMeeting>,
}

/// A person and the title an article introduces them with.
#[derive(Clone)]
struct Person {
    name: String,
    title: String,
    /// How later sentences may call them (surname, or the name again).
    short: String,
}

const SEED_PEOPLE: &[(&str, &str, &str)] = &[
    (
        "Jeyhun Bayramov",
        "Minister of Foreign Affairs of Azerbaijan",
        "Bayramov",
    ),
    (
        "Salim bin Muhammad Al-Malik",
        "Director General of ICESCO",
        "Al-Malik",
    ),
    (
        "Hissein Ibrahim Taha",
        "Secretary General of the Organization of Islamic Cooperation",
        "Taha",
    ),
    (
        "Anar Alakbarov",
        "Assistant to the President of Azerbaijan",
        "Alakbarov",
    ),
    (
        "Oktay Gurbanov",
        "Ambassador of Azerbaijan to Morocco",
        "Gurbanov",
    ),
];

const FIRST: &[&str] = &[
    "Amina",
    "Bakhtiyar",
    "Camila",
    "Daniyar",
    "Elnara",
    "Farid",
    "Gulnara",
    "Hamza",
    "Ilkin",
    "Jamila",
    "Kamran",
    "Leyla",
    "Murad",
    "Nargiz",
    "Orhan",
    "Parvin",
    "Rashad",
    "Samira",
    "Tariq",
    "Ulviyya",
    "Vusal",
    "Yasmin",
    "Zaur",
    "Aygun",
    "Idris",
    "Nadia",
    "Omar",
    "Sabina",
];
const LAST: &[&str] = &[
    "Abbasov",
    "Benali",
    "Chaudhry",
    "Darwish",
    "Efendiyeva",
    "Faruqi",
    "Ghazali",
    "Haddad",
    "Iskandarov",
    "Jaber",
    "Karimli",
    "Lahlou",
    "Mammadli",
    "Nasser",
    "Osmanova",
    "Qasimov",
    "Rahimova",
    "Suleymanli",
    "Tahiri",
    "Umarov",
    "Valiyeva",
    "Wahbi",
    "Yusifli",
    "Zeynalov",
    "Bennani",
    "Khalilov",
    "Mansour",
    "Rustamova",
];
const COUNTRIES: &[&str] = &[
    "Morocco",
    "Pakistan",
    "Turkiye",
    "Egypt",
    "Jordan",
    "Uzbekistan",
    "Kazakhstan",
    "Tunisia",
    "Malaysia",
    "Indonesia",
    "Senegal",
    "Oman",
];
const PORTFOLIOS: &[&str] = &[
    "Culture",
    "Education",
    "Youth and Sports",
    "Science",
    "Tourism",
    "Foreign Affairs",
];
const PLACES: &[&str] = &["Baku", "Rabat", "Shusha", "Sheki", "Abu Dhabi"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const TOPICS: &[&str] = &[
    "education",
    "science",
    "culture",
    "heritage protection",
    "youth policy",
    "digital transformation",
    "artificial intelligence",
    "tolerance and dialogue",
];
/// Sentences that report no meeting, to fill an article out to its usual length.
const FILLER: &[&str] = &[
    "Cooperation in the fields of {topic} was described as a priority for the coming years.",
    "Particular attention was paid to joint projects in {topic} and to the exchange of experience between experts.",
    "It was noted that {country} attaches great importance to the development of partnership in {topic}.",
    "Proposals on new programmes in {topic} were put forward, and working groups are preparing the details.",
    "The importance of training young specialists in {topic} was stressed.",
    "Information was provided on the results achieved under previous agreements in {topic}.",
    "Experts believe that the partnership in {topic} will bring tangible results for both countries.",
    "The programme of events includes exhibitions, round tables and master classes devoted to {topic}.",
    "Several universities have already expressed interest in the initiative on {topic}.",
    "A report on the state of {topic} in the member states is due to be published at the end of the year.",
];

fn days_in_month(year: i32, month: u32) -> u32 {
    (28..=31)
        .rev()
        .find(|&d| NaiveDate::from_ymd_opt(year, month, d).is_some())
        .unwrap_or(28)
}

/// Day of the week, 0 = Monday.
pub fn weekday(year: i32, month: u32, day: u32) -> usize {
    NaiveDate::from_ymd_opt(year, month, day)
        .map(|d| d.weekday().num_days_from_monday() as usize)
        .unwrap_or(0)
}

fn invented(rng: &mut ChaCha8Rng) -> Person {
    let first = FIRST.choose(rng).copied().unwrap_or("Amina");
    let last = LAST.choose(rng).copied().unwrap_or("Abbasov");
    let country = COUNTRIES.choose(rng).copied().unwrap_or("Morocco");
    let title = match rng.random_range(0..4) {
        0 => format!(
            "Minister of {} of {country}",
            PORTFOLIOS.choose(rng).copied().unwrap_or("Culture")
        ),
        1 => format!("Ambassador of {country} to Azerbaijan"),
        2 => format!(
            "Deputy Minister of {} of {country}",
            PORTFOLIOS.choose(rng).copied().unwrap_or("Culture")
        ),
        _ => format!("Secretary General of the National Commission of {country}"),
    };
    Person {
        name: format!("{first} {last}"),
        title,
        short: last.to_string(),
    }
}

fn seed_person(rng: &mut ChaCha8Rng, not: Option<&str>) -> Person {
    loop {
        let (name, title, short) = SEED_PEOPLE.choose(rng).copied().unwrap_or(SEED_PEOPLE[0]);
        if Some(name) != not {
            return Person {
                name: name.into(),
                title: title.into(),
                short: short.into(),
            };
        }
    }
}

fn fill(template: &str, rng: &mut ChaCha8Rng) -> String {
    template
        .replace("{topic}", TOPICS.choose(rng).copied().unwrap_or("culture"))
        .replace(
            "{country}",
            COUNTRIES.choose(rng).copied().unwrap_or("Morocco"),
        )
}

/// Generates article `index` of the corpus with `seed`.
pub fn article(seed: u64, index: u64) -> SyntheticArticle {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let year = rng.random_range(2012..=2025);
    let month = rng.random_range(1..=12u32);
    let day = rng.random_range(4..=days_in_month(year, month));
    // The meeting is on the day of publication or up to three days before.
    let back = rng.random_range(0..=3u32);
    let met_day = day - back;
    let month_name = MONTHS[month as usize - 1];
    let place = PLACES.choose(&mut rng).copied().unwrap_or("Baku");
    let file_name = format!("synthetic-{seed}-{index:07}.txt");

    let host = seed_person(&mut rng, None);
    let guest = if rng.random_bool(0.6) {
        invented(&mut rng)
    } else {
        seed_person(&mut rng, Some(&host.name))
    };
    let with_year = rng.random_bool(0.3);
    let when = if back == 0 && rng.random_bool(0.3) {
        "today".to_string()
    } else if with_year {
        format!("on {month_name} {met_day}, {year}")
    } else {
        format!("on {month_name} {met_day}")
    };
    let (kind, sentence, headline) = match rng.random_range(0..4) {
        0 => (
            "meeting",
            format!(
                "{} {} met with {} {} in {place} {when}.",
                host.title, host.name, guest.title, guest.name
            ),
            format!("{} meets {}", host.short, guest.title),
        ),
        1 => (
            "meeting",
            format!(
                "{} {} held talks with {}, {}, in {place} {when}.",
                host.title, host.name, guest.name, guest.title
            ),
            format!("{} holds talks with {}", host.short, guest.short),
        ),
        2 => (
            "reception",
            format!(
                "{} {} received {} {} in {place} {when}.",
                host.title, host.name, guest.title, guest.name
            ),
            format!("{} receives {}", host.short, guest.title),
        ),
        _ => (
            "signing",
            format!(
                "{} {} and {} {} signed a memorandum of understanding on cooperation in {place} {when}.",
                host.title, host.name, guest.title, guest.name
            ),
            format!("Memorandum signed with {}", guest.short),
        ),
    };

    let mut body = Vec::new();
    body.push(sentence.clone());
    let follow = [
        format!(
            "During the meeting, the sides discussed prospects for cooperation in {}.",
            TOPICS.choose(&mut rng).copied().unwrap_or("culture")
        ),
        format!(
            "{} expressed gratitude for the warm hospitality.",
            guest.short
        ),
        format!("{} stressed the importance of the partnership.", host.short),
    ];
    body.extend(follow.into_iter().filter(|_| rng.random_bool(0.7)));
    // Fill out to about 3 KB with sentences that report no meeting.
    let mut paragraph = String::new();
    let mut len: usize = body.iter().map(String::len).sum();
    while len < 2700 {
        let s = fill(
            FILLER.choose(&mut rng).copied().unwrap_or(FILLER[0]),
            &mut rng,
        );
        len += s.len() + 1;
        if !paragraph.is_empty() {
            paragraph.push(' ');
        }
        paragraph.push_str(&s);
        if paragraph.len() > 400 {
            body.push(std::mem::take(&mut paragraph));
        }
    }
    if !paragraph.is_empty() {
        body.push(paragraph);
    }

    let mut text = String::new();
    let lead = body.remove(0);
    let layout = rng.random_range(0..3);
    let _ = match layout {
        0 => {
            let wd = WEEKDAYS[weekday(year, month, day)];
            writeln!(
                text,
                "{wd}, {day} {month_name} {year}\n\nHome | Politics | Economy | Culture | Sport\n\nSelect Language\nEnglish\nРусский\n\n{headline}\n\n{day:02}.{month:02}.{year} | {:02}:{:02}\n\nBaku, {month_name} {day}, AZERTAC - {lead}\n",
                rng.random_range(8..20),
                rng.random_range(0..60)
            )
        }
        1 => {
            let short = &month_name[..3];
            writeln!(
                text,
                "{headline}\n\n{year}-{month:02}-{day:02}\n\nBAKU, Azerbaijan, {short}. {day} (Trend) - {lead}\n"
            )
        }
        _ => writeln!(
            text,
            "{headline}\n\nPublished: {day:02} {month_name} {year} | {:02}:{:02} GMT\n\n{place} – {lead}\n",
            rng.random_range(8..20),
            rng.random_range(0..60)
        ),
    };
    for p in &body {
        let _ = writeln!(text, "{p}\n");
    }
    match layout {
        0 => text.push_str("Share\nPrint\n"),
        1 => {
            let by = format!(
                "By {} {}",
                FIRST.choose(&mut rng).copied().unwrap_or("Amina"),
                LAST.choose(&mut rng).copied().unwrap_or("Abbasov")
            );
            text.push_str(&by);
            text.push('\n');
        }
        _ => {}
    }

    let truth = vec![TruthMeeting {
        article: file_name.clone(),
        kind,
        date: format!("{year}-{month:02}-{met_day:02}"),
        people: format!("{}; {}", host.name, guest.name),
        place,
        sentence: lead,
    }];
    SyntheticArticle {
        file_name,
        text,
        truth,
    }
}

/// Writes articles `0..n` of `seed` into `dir/articles/` and their meetings into
/// `dir/truth.csv`. Returns the bytes of article text written.
pub fn write_corpus(dir: &Path, seed: u64, n: u64) -> io::Result<u64> {
    let articles = dir.join("articles");
    std::fs::create_dir_all(&articles)?;
    let mut truth = csv::Writer::from_path(dir.join("truth.csv"))?;
    let mut bytes = 0;
    for i in 0..n {
        let a = article(seed, i);
        let mut f = io::BufWriter::new(std::fs::File::create(articles.join(&a.file_name))?);
        f.write_all(a.text.as_bytes())?;
        f.flush()?;
        bytes += a.text.len() as u64;
        for t in &a.truth {
            truth.serialize(t)?;
        }
    }
    truth.flush()?;
    Ok(bytes)
}
