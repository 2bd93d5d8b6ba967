namespace SecChange.Storage.Migrations;

/// <summary>The schema's history, oldest first.</summary>
public static class Schema
{
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, "register",
            Sqlite: """
                CREATE TABLE modifications (
                    id TEXT NOT NULL PRIMARY KEY,
                    series TEXT NOT NULL,
                    number INTEGER NOT NULL,
                    alternative TEXT NULL,
                    reference TEXT NOT NULL,
                    title TEXT NOT NULL,
                    title_search TEXT NOT NULL,
                    state TEXT NOT NULL,
                    stage TEXT NOT NULL,
                    path TEXT NOT NULL,
                    proposer_organisation TEXT NULL,
                    release_id TEXT NULL,
                    classification TEXT NOT NULL,
                    raised_on TEXT NOT NULL,
                    last_event_on TEXT NOT NULL,
                    parent TEXT NULL,
                    version INTEGER NOT NULL
                );
                CREATE INDEX ix_modifications_stage ON modifications (stage);
                CREATE INDEX ix_modifications_state ON modifications (state);
                CREATE INDEX ix_modifications_release ON modifications (release_id);
                CREATE INDEX ix_modifications_series_number ON modifications (series, number);
                CREATE TABLE modification_events (
                    modification_id TEXT NOT NULL REFERENCES modifications (id),
                    sequence INTEGER NOT NULL,
                    occurred_on TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    actor_name TEXT NOT NULL,
                    actor_role TEXT NOT NULL,
                    actor_organisation TEXT NULL,
                    reason TEXT NULL,
                    type TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    PRIMARY KEY (modification_id, sequence)
                );
                CREATE TABLE parties (name TEXT NOT NULL PRIMARY KEY, category TEXT NOT NULL);
                CREATE TABLE people (name TEXT NOT NULL, organisation TEXT NOT NULL, role TEXT NULL, PRIMARY KEY (name, organisation));
                CREATE TABLE releases (
                    id TEXT NOT NULL PRIMARY KEY,
                    name TEXT NOT NULL,
                    release_date TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    accepts_dcc_system_changes INTEGER NOT NULL,
                    accepts_duis_changes INTEGER NOT NULL,
                    dcc_scope_baselined_on TEXT NULL,
                    full_scope_baselined_on TEXT NULL
                );
                CREATE TABLE calendar_overrides (date TEXT NOT NULL PRIMARY KEY, is_working_day INTEGER NOT NULL, reason TEXT NOT NULL);
                CREATE TABLE audit_log (
                    id TEXT NOT NULL PRIMARY KEY,
                    at TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    command TEXT NOT NULL,
                    target TEXT NOT NULL,
                    details TEXT NOT NULL
                );
                CREATE INDEX ix_audit_target ON audit_log (target);
                """,
            PostgreSql: """
                CREATE TABLE modifications (
                    id text NOT NULL PRIMARY KEY,
                    series text NOT NULL,
                    number integer NOT NULL,
                    alternative text NULL,
                    reference text NOT NULL,
                    title text NOT NULL,
                    title_search text NOT NULL,
                    state text NOT NULL,
                    stage text NOT NULL,
                    path text NOT NULL,
                    proposer_organisation text NULL,
                    release_id text NULL,
                    classification text NOT NULL,
                    raised_on date NOT NULL,
                    last_event_on date NOT NULL,
                    parent text NULL,
                    version integer NOT NULL
                );
                CREATE INDEX ix_modifications_stage ON modifications (stage);
                CREATE INDEX ix_modifications_state ON modifications (state);
                CREATE INDEX ix_modifications_release ON modifications (release_id);
                CREATE INDEX ix_modifications_series_number ON modifications (series, number);
                CREATE TABLE modification_events (
                    modification_id text NOT NULL REFERENCES modifications (id),
                    sequence integer NOT NULL,
                    occurred_on date NOT NULL,
                    recorded_at timestamp with time zone NOT NULL,
                    actor_name text NOT NULL,
                    actor_role text NOT NULL,
                    actor_organisation text NULL,
                    reason text NULL,
                    type text NOT NULL,
                    payload text NOT NULL,
                    PRIMARY KEY (modification_id, sequence)
                );
                CREATE TABLE parties (name text NOT NULL PRIMARY KEY, category text NOT NULL);
                CREATE TABLE people (name text NOT NULL, organisation text NOT NULL, role text NULL, PRIMARY KEY (name, organisation));
                CREATE TABLE releases (
                    id text NOT NULL PRIMARY KEY,
                    name text NOT NULL,
                    release_date date NOT NULL,
                    kind text NOT NULL,
                    accepts_dcc_system_changes boolean NOT NULL,
                    accepts_duis_changes boolean NOT NULL,
                    dcc_scope_baselined_on date NULL,
                    full_scope_baselined_on date NULL
                );
                CREATE TABLE calendar_overrides (date date NOT NULL PRIMARY KEY, is_working_day boolean NOT NULL, reason text NOT NULL);
                CREATE TABLE audit_log (
                    id text NOT NULL PRIMARY KEY,
                    at timestamp with time zone NOT NULL,
                    actor text NOT NULL,
                    command text NOT NULL,
                    target text NOT NULL,
                    details text NOT NULL
                );
                CREATE INDEX ix_audit_target ON audit_log (target);
                """),

        // The release and party filters compare lower-cased values; index those expressions so the
        // filters search instead of scanning (measured in bench/results/register.md).
        new(2, "list filter indexes",
            Sqlite: """
                CREATE INDEX ix_modifications_release_lower ON modifications (lower(release_id));
                CREATE INDEX ix_modifications_proposer_lower ON modifications (lower(proposer_organisation));
                """,
            PostgreSql: """
                CREATE INDEX ix_modifications_release_lower ON modifications (lower(release_id));
                CREATE INDEX ix_modifications_proposer_lower ON modifications (lower(proposer_organisation));
                """),

        new(3, "change board members",
            Sqlite: """
                CREATE TABLE change_board_members (
                    name TEXT NOT NULL PRIMARY KEY,
                    organisation TEXT NOT NULL,
                    voting_group TEXT NOT NULL,
                    alternate_for TEXT NULL
                );
                """,
            PostgreSql: """
                CREATE TABLE change_board_members (
                    name text NOT NULL PRIMARY KEY,
                    organisation text NOT NULL,
                    voting_group text NOT NULL,
                    alternate_for text NULL
                );
                """),

        // Meetings and the action log. Each row
        // holds its record as JSON plus the columns that lookups need; version guards concurrent edits.
        new(4, "meetings and actions",
            Sqlite: """
                CREATE TABLE meetings (
                    id TEXT NOT NULL PRIMARY KEY,
                    body TEXT NOT NULL,
                    number INTEGER NOT NULL,
                    held_on TEXT NOT NULL,
                    document TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    UNIQUE (body, number)
                );
                CREATE TABLE actions (
                    reference TEXT NOT NULL PRIMARY KEY,
                    meeting_id TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    due_on TEXT NULL,
                    document TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    UNIQUE (meeting_id, sequence)
                );
                CREATE INDEX ix_actions_status ON actions (status);
                """,
            PostgreSql: """
                CREATE TABLE meetings (
                    id text NOT NULL PRIMARY KEY,
                    body text NOT NULL,
                    number integer NOT NULL,
                    held_on date NOT NULL,
                    document text NOT NULL,
                    version integer NOT NULL,
                    UNIQUE (body, number)
                );
                CREATE TABLE actions (
                    reference text NOT NULL PRIMARY KEY,
                    meeting_id text NOT NULL,
                    sequence integer NOT NULL,
                    status text NOT NULL,
                    due_on date NULL,
                    document text NOT NULL,
                    version integer NOT NULL,
                    UNIQUE (meeting_id, sequence)
                );
                CREATE INDEX ix_actions_status ON actions (status);
                """),

        // Bank holidays a SECAS administrator imported (GOV.UK format, England and Wales), whole years at a
        // time; the calendar in force is the shipped years with these years replacing or extending them.
        new(5, "imported bank holidays",
            Sqlite: """
                CREATE TABLE bank_holidays (date TEXT NOT NULL PRIMARY KEY, title TEXT NOT NULL, notes TEXT NOT NULL);
                """,
            PostgreSql: """
                CREATE TABLE bank_holidays (date date NOT NULL PRIMARY KEY, title text NOT NULL, notes text NOT NULL);
                """),

        // Events are named by stable names with a version (ADR 6) instead of the class names the first
        // format used. Rows keep their payloads (which the reader upcasts); the type column takes the
        // stable name so the events of one type can be found by SQL.
        new(6, "stable event names", Sqlite: StableEventNames, PostgreSql: StableEventNames),

        // The web app's accounts (one role each, a Party representative bound to a Party), API keys bound to an
        // account (only a hash kept), the data-protection keys every instance shares, and who wrote from where.
        new(7, "accounts",
            Sqlite: """
                CREATE TABLE accounts (
                    id TEXT NOT NULL PRIMARY KEY,
                    user_name TEXT NOT NULL,
                    normalized_user_name TEXT NOT NULL UNIQUE,
                    display_name TEXT NOT NULL,
                    role TEXT NOT NULL,
                    organisation TEXT NULL,
                    password_hash TEXT NOT NULL,
                    failed_sign_ins INTEGER NOT NULL,
                    locked_until TEXT NULL,
                    created_at TEXT NOT NULL
                );
                CREATE TABLE api_keys (
                    id TEXT NOT NULL PRIMARY KEY,
                    account_id TEXT NOT NULL REFERENCES accounts (id),
                    name TEXT NOT NULL,
                    key_hash TEXT NOT NULL UNIQUE,
                    scopes TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    revoked_at TEXT NULL
                );
                CREATE TABLE data_protection_keys (id INTEGER PRIMARY KEY AUTOINCREMENT, friendly_name TEXT NULL, xml TEXT NOT NULL);
                ALTER TABLE audit_log ADD COLUMN client TEXT NULL;
                """,
            PostgreSql: """
                CREATE TABLE accounts (
                    id text NOT NULL PRIMARY KEY,
                    user_name text NOT NULL,
                    normalized_user_name text NOT NULL UNIQUE,
                    display_name text NOT NULL,
                    role text NOT NULL,
                    organisation text NULL,
                    password_hash text NOT NULL,
                    failed_sign_ins integer NOT NULL,
                    locked_until timestamp with time zone NULL,
                    created_at timestamp with time zone NOT NULL
                );
                CREATE TABLE api_keys (
                    id text NOT NULL PRIMARY KEY,
                    account_id text NOT NULL REFERENCES accounts (id),
                    name text NOT NULL,
                    key_hash text NOT NULL UNIQUE,
                    scopes text NOT NULL,
                    created_at timestamp with time zone NOT NULL,
                    revoked_at timestamp with time zone NULL
                );
                CREATE TABLE data_protection_keys (id serial PRIMARY KEY, friendly_name text NULL, xml text NOT NULL);
                ALTER TABLE audit_log ADD COLUMN client text NULL;
                """),

        // One number that every committed write increases: a host can tell in one cheap read whether anything in
        // the register changed since it last looked (the website's page cache checks it on every request).
        new(8, "register change stamp",
            Sqlite: """
                CREATE TABLE register_changes (id INTEGER NOT NULL PRIMARY KEY, stamp INTEGER NOT NULL);
                INSERT INTO register_changes (id, stamp) VALUES (1, 1);
                """,
            PostgreSql: """
                CREATE TABLE register_changes (id integer NOT NULL PRIMARY KEY, stamp bigint NOT NULL);
                INSERT INTO register_changes (id, stamp) VALUES (1, 1);
                """),
    ];

    // The same text suits both dialects. The class names are those the first format wrote (frozen).
    private const string StableEventNames = """
                ALTER TABLE modification_events ADD COLUMN type_version integer NOT NULL DEFAULT 1;
                UPDATE modification_events SET type = CASE type
                    WHEN 'DraftProposalRaised' THEN 'draft-proposal.raised'
                    WHEN 'HistoryBaselined' THEN 'history.baselined'
                    WHEN 'HistoryObserved' THEN 'history.observed'
                    WHEN 'AlternativeRaised' THEN 'alternative.raised'
                    WHEN 'AlternativeLinked' THEN 'alternative.linked'
                    WHEN 'DetailsAmended' THEN 'details.amended'
                    WHEN 'ClassificationChanged' THEN 'classification.changed'
                    WHEN 'CscOutcomeRecorded' THEN 'csc-outcome.recorded'
                    WHEN 'ConvertedToModificationProposal' THEN 'draft-proposal.converted'
                    WHEN 'RouteChanged' THEN 'route.changed'
                    WHEN 'WorkingGroupMeetingHeld' THEN 'working-group.met'
                    WHEN 'AssessmentRequested' THEN 'assessment.requested'
                    WHEN 'ImpactAssessmentRequestDeferred' THEN 'impact-assessment.deferred'
                    WHEN 'AssessmentAccepted' THEN 'assessment.accepted'
                    WHEN 'AssessmentReturned' THEN 'assessment.returned'
                    WHEN 'AssessmentPaused' THEN 'assessment.paused'
                    WHEN 'AssessmentResumed' THEN 'assessment.resumed'
                    WHEN 'AssessmentDateRevised' THEN 'assessment.date-revised'
                    WHEN 'ConsultationOpened' THEN 'consultation.opened'
                    WHEN 'ConsultationResponseReceived' THEN 'consultation.response-received'
                    WHEN 'ConsultationClosed' THEN 'consultation.closed'
                    WHEN 'ChangeBoardVoteCast' THEN 'change-board.vote-cast'
                    WHEN 'ModificationReportApproved' THEN 'modification-report.approved'
                    WHEN 'DecisionRecorded' THEN 'decision.recorded'
                    WHEN 'DecisionChallenged' THEN 'decision.challenged'
                    WHEN 'ChallengeDetermined' THEN 'challenge.determined'
                    WHEN 'Withdrawn' THEN 'modification.withdrawn'
                    WHEN 'ReleaseTargeted' THEN 'release.targeted'
                    WHEN 'ReleaseApproved' THEN 'release.approved'
                    WHEN 'ReleaseImplemented' THEN 'release.implemented'
                    ELSE type END;
                CREATE INDEX ix_modification_events_type ON modification_events (type);
                """;
}
