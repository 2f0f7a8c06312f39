-- The diplocat catalog: articles about official meetings and the facts they report.
--
-- Conventions used throughout (also in catalog_docs):
--   * `key` columns are stable, readable identifiers (e.g. 'salim-almalik') from the curated CSV
--     files, or generated ones for extracted facts.
--   * Partial dates are stored as four columns: NAME (ISO 8601 / EDTF text at the precision known:
--     '2023-11-13', '2023-11', '2023', 'XXXX-11-26' when the year is unknown, 'START/END' for an
--     interval), NAME_text (the words of the source), NAME_earliest and NAME_latest (the first and
--     last calendar day the value can mean, 'YYYY-MM-DD', NULL when unbounded) for sorting/filtering.
--   * Offsets (start_char, end_char) count Unicode characters (code points), 0-based, end exclusive,
--     in articles.body; in SQL: substr(body, start_char + 1, end_char - start_char).
--   * `method` says how a row was obtained: 'curated' (from the curated CSV files) or 'extracted'
--     (found by diplocat in the article text).

CREATE TABLE outlets (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    url         TEXT
);

CREATE TABLE places (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('country', 'region', 'city', 'site')),
    country_id  INTEGER REFERENCES places(id),
    method      TEXT NOT NULL DEFAULT 'curated' CHECK (method IN ('curated', 'extracted'))
);
CREATE INDEX places_country_id ON places(country_id);

CREATE TABLE place_names (
    id          INTEGER PRIMARY KEY,
    place_id    INTEGER NOT NULL REFERENCES places(id),
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('official', 'acronym', 'alias', 'former', 'spelling')),
    UNIQUE (place_id, name)
);
CREATE INDEX place_names_name ON place_names(name);

CREATE TABLE articles (
    id                  INTEGER PRIMARY KEY,
    sha256              TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    file_name           TEXT NOT NULL,
    url                 TEXT,
    title               TEXT,
    outlet_id           INTEGER REFERENCES outlets(id),
    author              TEXT,
    published           TEXT,
    published_text      TEXT,
    published_earliest  TEXT,
    published_latest    TEXT,
    dateline_place_id   INTEGER REFERENCES places(id),
    language            TEXT NOT NULL DEFAULT 'en',
    raw_text            TEXT NOT NULL,
    body                TEXT NOT NULL,
    imported_at         TEXT NOT NULL
);
CREATE INDEX articles_file_name ON articles(file_name);
CREATE INDEX articles_outlet_id ON articles(outlet_id);
CREATE INDEX articles_dateline_place_id ON articles(dateline_place_id);
CREATE INDEX articles_published_earliest ON articles(published_earliest);

CREATE TABLE people (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    description TEXT,
    method      TEXT NOT NULL DEFAULT 'curated' CHECK (method IN ('curated', 'extracted'))
);

CREATE TABLE person_names (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id),
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('official', 'acronym', 'alias', 'former', 'spelling')),
    UNIQUE (person_id, name)
);
CREATE INDEX person_names_name ON person_names(name);

CREATE TABLE organizations (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('intergovernmental', 'government', 'foundation',
                                             'parliament', 'military', 'media', 'other')),
    part_of_id  INTEGER REFERENCES organizations(id),
    description TEXT,
    method      TEXT NOT NULL DEFAULT 'curated' CHECK (method IN ('curated', 'extracted'))
);
CREATE INDEX organizations_part_of_id ON organizations(part_of_id);

CREATE TABLE organization_names (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id),
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('official', 'acronym', 'alias', 'former', 'spelling')),
    valid_from      TEXT,
    valid_until     TEXT,
    UNIQUE (organization_id, name)
);
CREATE INDEX organization_names_name ON organization_names(name);

CREATE TABLE memberships (
    id                  INTEGER PRIMARY KEY,
    key                 TEXT NOT NULL UNIQUE,
    organization_id     INTEGER NOT NULL REFERENCES organizations(id),
    member_place_id     INTEGER REFERENCES places(id),
    member_organization_id INTEGER REFERENCES organizations(id),
    start_date          TEXT,
    start_text          TEXT,
    start_earliest      TEXT,
    start_latest        TEXT,
    end_date            TEXT,
    end_text            TEXT,
    end_earliest        TEXT,
    end_latest          TEXT,
    method              TEXT NOT NULL DEFAULT 'curated' CHECK (method IN ('curated', 'extracted')),
    CHECK ((member_place_id IS NULL) <> (member_organization_id IS NULL))
);
CREATE INDEX memberships_organization_id ON memberships(organization_id);
CREATE INDEX memberships_member_place_id ON memberships(member_place_id);
CREATE INDEX memberships_member_organization_id ON memberships(member_organization_id);

CREATE TABLE positions (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    person_id       INTEGER NOT NULL REFERENCES people(id),
    title           TEXT NOT NULL,
    organization_id INTEGER REFERENCES organizations(id),
    country_id      INTEGER REFERENCES places(id),
    start_date      TEXT,
    start_text      TEXT,
    start_earliest  TEXT,
    start_latest    TEXT,
    end_date        TEXT,
    end_text        TEXT,
    end_earliest    TEXT,
    end_latest      TEXT,
    method          TEXT NOT NULL DEFAULT 'curated' CHECK (method IN ('curated', 'extracted'))
);
CREATE INDEX positions_person_id ON positions(person_id);
CREATE INDEX positions_organization_id ON positions(organization_id);
CREATE INDEX positions_country_id ON positions(country_id);

CREATE TABLE meetings (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL CHECK (kind IN ('meeting', 'reception', 'visit', 'signing', 'conference')),
    cameo_code      TEXT NOT NULL CHECK (cameo_code IN ('040', '042', '043', '044', '057')),
    date            TEXT,
    date_text       TEXT,
    date_earliest   TEXT,
    date_latest     TEXT,
    date_basis      TEXT NOT NULL CHECK (date_basis IN ('stated', 'context', 'article', 'unknown')),
    place_id        INTEGER REFERENCES places(id),
    summary         TEXT NOT NULL,
    topics          TEXT,
    method          TEXT NOT NULL DEFAULT 'curated' CHECK (method IN ('curated', 'extracted')),
    confidence      REAL NOT NULL DEFAULT 1.0 CHECK (confidence >= 0 AND confidence <= 1)
);
CREATE INDEX meetings_place_id ON meetings(place_id);
CREATE INDEX meetings_kind ON meetings(kind);
CREATE INDEX meetings_date_earliest ON meetings(date_earliest);
CREATE INDEX meetings_date_latest ON meetings(date_latest);

CREATE TABLE participants (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meetings(id),
    person_id       INTEGER REFERENCES people(id),
    organization_id INTEGER REFERENCES organizations(id),
    role            TEXT NOT NULL CHECK (role IN ('host', 'visitor', 'signatory', 'participant')),
    position_id     INTEGER REFERENCES positions(id),
    method          TEXT NOT NULL DEFAULT 'curated' CHECK (method IN ('curated', 'extracted')),
    CHECK ((person_id IS NULL) <> (organization_id IS NULL)),
    CHECK (position_id IS NULL OR person_id IS NOT NULL)
);
CREATE UNIQUE INDEX participants_unique
    ON participants(meeting_id, coalesce(person_id, 0), coalesce(organization_id, 0));
CREATE INDEX participants_person_id ON participants(person_id);
CREATE INDEX participants_organization_id ON participants(organization_id);
CREATE INDEX participants_position_id ON participants(position_id);

CREATE TABLE evidence (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id),
    meeting_id      INTEGER REFERENCES meetings(id),
    position_id     INTEGER REFERENCES positions(id),
    membership_id   INTEGER REFERENCES memberships(id),
    sentence        TEXT NOT NULL,
    start_char      INTEGER NOT NULL CHECK (start_char >= 0),
    end_char        INTEGER NOT NULL CHECK (end_char > start_char),
    method          TEXT NOT NULL CHECK (method IN ('curated', 'extracted')),
    confidence      REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    CHECK ((meeting_id IS NOT NULL) + (position_id IS NOT NULL) + (membership_id IS NOT NULL) = 1)
);
CREATE INDEX evidence_article_id ON evidence(article_id);
CREATE INDEX evidence_meeting_id ON evidence(meeting_id);
CREATE INDEX evidence_position_id ON evidence(position_id);
CREATE INDEX evidence_membership_id ON evidence(membership_id);

CREATE TABLE mentions (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id),
    person_id       INTEGER REFERENCES people(id),
    organization_id INTEGER REFERENCES organizations(id),
    place_id        INTEGER REFERENCES places(id),
    surface         TEXT NOT NULL,
    start_char      INTEGER NOT NULL CHECK (start_char >= 0),
    end_char        INTEGER NOT NULL CHECK (end_char > start_char),
    CHECK ((person_id IS NOT NULL) + (organization_id IS NOT NULL) + (place_id IS NOT NULL) <= 1),
    UNIQUE (article_id, start_char, end_char)
);
CREATE INDEX mentions_person_id ON mentions(person_id);
CREATE INDEX mentions_organization_id ON mentions(organization_id);
CREATE INDEX mentions_place_id ON mentions(place_id);

CREATE TABLE catalog_docs (
    table_name  TEXT NOT NULL,
    column_name TEXT NOT NULL,  -- '' for the table itself
    description TEXT NOT NULL,
    PRIMARY KEY (table_name, column_name)
);

INSERT INTO catalog_docs (table_name, column_name, description) VALUES
('catalog_docs', '', 'This table: a plain-words description of every table and column in the catalog. SELECT * FROM catalog_docs WHERE table_name = ''meetings''.'),
('catalog_docs', 'table_name', 'The table described.'),
('catalog_docs', 'column_name', 'The column described; empty for the table itself.'),
('catalog_docs', 'description', 'What the table or column holds.'),

('outlets', '', 'News outlets and publishers whose articles are in the catalog (Azernews, News.Az, ...).'),
('outlets', 'id', 'Row id.'),
('outlets', 'key', 'Stable readable identifier, e.g. ''azernews''.'),
('outlets', 'name', 'Name of the outlet as it presents itself.'),
('outlets', 'url', 'Home page of the outlet, when known.'),

('places', '', 'Countries, regions, cities and sites (e.g. a headquarters building) named in the articles.'),
('places', 'id', 'Row id.'),
('places', 'key', 'Stable readable identifier, e.g. ''shusha''.'),
('places', 'name', 'Canonical English name.'),
('places', 'kind', 'country, region, city or site.'),
('places', 'country_id', 'The country the place lies in (places.id); NULL for a country.'),
('places', 'method', 'curated (from the curated CSV files) or extracted (found in article text).'),

('place_names', '', 'Every name a place is known by, including the canonical one (''Kingdom of Morocco'' for Morocco).'),
('place_names', 'id', 'Row id.'),
('place_names', 'place_id', 'The place (places.id).'),
('place_names', 'name', 'The name as written.'),
('place_names', 'kind', 'official, acronym, alias, former or spelling (a spelling variant).'),

('articles', '', 'News articles as imported: the raw text as given, the cleaned body that offsets refer to, and the metadata.'),
('articles', 'id', 'Row id.'),
('articles', 'sha256', 'SHA-256 of the raw text (hex); the identity of an article: the same text under two file names is one article.'),
('articles', 'file_name', 'File name the article was imported from (without folder).'),
('articles', 'url', 'Address the article was published at, when known.'),
('articles', 'title', 'Headline.'),
('articles', 'outlet_id', 'The outlet that published it (outlets.id).'),
('articles', 'author', 'Byline, as written.'),
('articles', 'published', 'Publication date, ISO 8601/EDTF at the precision known (see catalog conventions).'),
('articles', 'published_text', 'The publication date as written in the source.'),
('articles', 'published_earliest', 'First calendar day the publication date can mean (YYYY-MM-DD).'),
('articles', 'published_latest', 'Last calendar day the publication date can mean (YYYY-MM-DD).'),
('articles', 'dateline_place_id', 'Place named in the dateline (places.id).'),
('articles', 'language', 'ISO 639-1 language code of the text.'),
('articles', 'raw_text', 'The file''s text exactly as given, page furniture included.'),
('articles', 'body', 'The cleaned article text (page furniture removed). All offsets in evidence and mentions count characters (Unicode code points, 0-based, end exclusive) in this text: substr(body, start_char + 1, end_char - start_char).'),
('articles', 'imported_at', 'When the article was first imported (UTC, ISO 8601).'),

('people', '', 'People named in the articles: officials, diplomats, journalists.'),
('people', 'id', 'Row id.'),
('people', 'key', 'Stable readable identifier, e.g. ''salim-almalik''.'),
('people', 'name', 'Canonical name.'),
('people', 'description', 'One line on who the person is.'),
('people', 'method', 'curated or extracted (found from a title cue in an article).'),

('person_names', '', 'Every name a person is known by, including the canonical one (''Salim M. AlMalik'', ''Salim bin Mohammed AlMalik'').'),
('person_names', 'id', 'Row id.'),
('person_names', 'person_id', 'The person (people.id).'),
('person_names', 'name', 'The name as written.'),
('person_names', 'kind', 'official, acronym, alias, former or spelling (a spelling variant).'),

('organizations', '', 'Organizations: intergovernmental bodies, governments, foundations. One row per organization whatever it was called when.'),
('organizations', 'id', 'Row id.'),
('organizations', 'key', 'Stable readable identifier, e.g. ''icesco''.'),
('organizations', 'name', 'Canonical (current) name.'),
('organizations', 'kind', 'intergovernmental, government, foundation, parliament, military, media or other.'),
('organizations', 'part_of_id', 'The organization this one belongs to (ICESCO is an OIC body), organizations.id.'),
('organizations', 'description', 'One line on what the organization is.'),
('organizations', 'method', 'curated or extracted.'),

('organization_names', '', 'Every name an organization is known by, bounded in time: ISESCO until 2020-01-30, ICESCO after.'),
('organization_names', 'id', 'Row id.'),
('organization_names', 'organization_id', 'The organization (organizations.id).'),
('organization_names', 'name', 'The name as written.'),
('organization_names', 'kind', 'official, acronym, alias, former or spelling.'),
('organization_names', 'valid_from', 'First day the name was in use (YYYY-MM-DD, or YYYY / YYYY-MM), NULL if always.'),
('organization_names', 'valid_until', 'Last day the name was in use, NULL if still in use.'),

('memberships', '', 'A country or organization being a member of an organization (Azerbaijan, member of ISESCO since 1991).'),
('memberships', 'id', 'Row id.'),
('memberships', 'key', 'Stable readable identifier.'),
('memberships', 'organization_id', 'The organization joined (organizations.id).'),
('memberships', 'member_place_id', 'The member country (places.id), or NULL when the member is an organization.'),
('memberships', 'member_organization_id', 'The member organization (organizations.id), or NULL when the member is a country.'),
('memberships', 'start_date', 'Since when (partial date, see catalog conventions).'),
('memberships', 'start_text', 'The start as written in the source.'),
('memberships', 'start_earliest', 'First day the start can mean.'),
('memberships', 'start_latest', 'Last day the start can mean.'),
('memberships', 'end_date', 'Until when; NULL while still a member.'),
('memberships', 'end_text', 'The end as written in the source.'),
('memberships', 'end_earliest', 'First day the end can mean.'),
('memberships', 'end_latest', 'Last day the end can mean.'),
('memberships', 'method', 'curated or extracted.'),

('positions', '', 'A person holding a title in an organization or a country, with start and end where known (Director General of ICESCO; Minister of Foreign Affairs of Azerbaijan).'),
('positions', 'id', 'Row id.'),
('positions', 'key', 'Stable readable identifier.'),
('positions', 'person_id', 'Who holds it (people.id).'),
('positions', 'title', 'The title, e.g. ''Director General'', ''First Lady''.'),
('positions', 'organization_id', 'The organization the title is held in (organizations.id), if any.'),
('positions', 'country_id', 'The country the title is held in or for (places.id), if any.'),
('positions', 'start_date', 'Since when (partial date); for an extracted position, the date of the article that shows it.'),
('positions', 'start_text', 'The start as written in the source.'),
('positions', 'start_earliest', 'First day the start can mean.'),
('positions', 'start_latest', 'Last day the start can mean.'),
('positions', 'end_date', 'Until when; NULL while held or unknown.'),
('positions', 'end_text', 'The end as written in the source.'),
('positions', 'end_earliest', 'First day the end can mean.'),
('positions', 'end_latest', 'Last day the end can mean.'),
('positions', 'method', 'curated or extracted.'),

('meetings', '', 'Every encounter an article reports as having happened: meeting, reception, visit, signing or conference.'),
('meetings', 'id', 'Row id.'),
('meetings', 'key', 'Stable readable identifier.'),
('meetings', 'kind', 'meeting, reception, visit, signing (of a memorandum or agreement) or conference.'),
('meetings', 'cameo_code', 'CAMEO event code: 040 consult, 042 make a visit, 043 host a visit, 044 meet at a third location, 057 sign an agreement.'),
('meetings', 'date', 'When (partial date: ''2023-11-13'', ''XXXX-11-26'' when the year is not given, ''2023-10-02/2023-10-05'' for an interval).'),
('meetings', 'date_text', 'The date as written in the source.'),
('meetings', 'date_earliest', 'First day the date can mean (YYYY-MM-DD); NULL when unbounded.'),
('meetings', 'date_latest', 'Last day the date can mean (YYYY-MM-DD); NULL when unbounded.'),
('meetings', 'date_basis', 'Where the date comes from: stated (in the evidence sentence), context (elsewhere in the article), article (the article''s own date, for "has met" reports), unknown.'),
('meetings', 'place_id', 'Where it took place (places.id).'),
('meetings', 'summary', 'One line on what happened.'),
('meetings', 'topics', 'Subjects discussed, separated by "; ".'),
('meetings', 'method', 'curated or extracted.'),
('meetings', 'confidence', 'How sure the source is that this happened as recorded, 0 to 1 (1 for curated facts).'),

('participants', '', 'Who took part in a meeting: one row per person or organization, with the role and the position held at the time.'),
('participants', 'id', 'Row id.'),
('participants', 'meeting_id', 'The meeting (meetings.id).'),
('participants', 'person_id', 'The person (people.id), or NULL when the participant is an organization.'),
('participants', 'organization_id', 'The organization (organizations.id), or NULL when the participant is a person.'),
('participants', 'role', 'host, visitor, signatory or participant.'),
('participants', 'position_id', 'The position the person held at the time (positions.id).'),
('participants', 'method', 'curated or extracted.'),

('evidence', '', 'Why the catalog holds a fact: the article and exact sentence that report each meeting, position or membership. One fact may have several.'),
('evidence', 'id', 'Row id.'),
('evidence', 'article_id', 'The reporting article (articles.id).'),
('evidence', 'meeting_id', 'The meeting reported (meetings.id), or NULL.'),
('evidence', 'position_id', 'The position reported (positions.id), or NULL.'),
('evidence', 'membership_id', 'The membership reported (memberships.id), or NULL.'),
('evidence', 'sentence', 'The exact sentence, as it is in articles.body.'),
('evidence', 'start_char', 'Where the sentence starts in articles.body, in characters from 0.'),
('evidence', 'end_char', 'Where it ends (exclusive), in characters.'),
('evidence', 'method', 'curated (a person chose the sentence) or extracted (diplocat found it).'),
('evidence', 'confidence', 'How sure, 0 to 1.'),

('mentions', '', 'Each occurrence of a person, organization or place in an article, with offsets and the surface form as written; a row with no entity is a name that could not be resolved.'),
('mentions', 'id', 'Row id.'),
('mentions', 'article_id', 'The article (articles.id).'),
('mentions', 'person_id', 'The person mentioned (people.id), or NULL.'),
('mentions', 'organization_id', 'The organization mentioned (organizations.id), or NULL.'),
('mentions', 'place_id', 'The place mentioned (places.id), or NULL.'),
('mentions', 'surface', 'The words as written in the body.'),
('mentions', 'start_char', 'Start in articles.body, in characters from 0.'),
('mentions', 'end_char', 'End (exclusive), in characters.'),

('refinery_schema_history', '', 'Migrations applied to this catalog (written by the refinery migration library).'),
('refinery_schema_history', 'version', 'Migration number.'),
('refinery_schema_history', 'name', 'Migration name.'),
('refinery_schema_history', 'applied_on', 'When it was applied.'),
('refinery_schema_history', 'checksum', 'Checksum of the migration''s SQL, used to detect a catalog written by a different build.');
