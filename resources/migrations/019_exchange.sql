-- Opieka schema 19: the exchange between centres, inbox and outbox (issue 22 parts 2 and 3,
-- docs/exchange.md, docs/exchange-content.md).
--
-- exchange_items: every package sent (direction 'out') or received and kept (direction 'in'),
-- with its package id (UNIQUE per direction: a package received twice is refused as a replay),
-- the SHA-256 of the file, the partner centre (fingerprint and name as on its card), the local
-- family it is about (sent: ours; received: the family made or linked on accepting) and the
-- partner's own id of that family. Statuses: in: received -> accepted | declined; out: sent ->
-- delivered -> accepted | declined. Receipts are items of purpose 'receipt'.
CREATE TABLE exchange_items (
    id {{AUTO_ID}},
    direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    package_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    purpose TEXT NOT NULL CHECK (purpose IN ('referral', 'plan', 'transfer', 'receipt')),
    partner_fingerprint TEXT NOT NULL,
    partner_name TEXT NOT NULL,
    family_id INTEGER REFERENCES families (id),
    partner_family_id INTEGER,
    status TEXT NOT NULL CHECK (status IN ('received', 'accepted', 'declined', 'sent', 'delivered')),
    reason TEXT,
    summary TEXT NOT NULL,
    legal_basis TEXT,
    package_created_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (direction, package_id)
);
CREATE INDEX exchange_items_family ON exchange_items (family_id);

-- The opened content of a received item (the JSON of docs/exchange-content.md, UTF-8 text), kept
-- until it is accepted or declined and afterwards as the record of what came.
CREATE TABLE exchange_contents (
    item_id INTEGER PRIMARY KEY REFERENCES exchange_items (id),
    content TEXT NOT NULL
);

-- Receipts: made here for an inbox item (receipt_item_id an 'out' receipt item) or received for
-- an outbox item (an 'in' receipt item), with the decision they carry.
CREATE TABLE exchange_receipts (
    id {{AUTO_ID}},
    item_id INTEGER NOT NULL REFERENCES exchange_items (id),
    receipt_item_id INTEGER NOT NULL REFERENCES exchange_items (id),
    decision TEXT NOT NULL CHECK (decision IN ('delivered', 'accepted', 'declined')),
    reason TEXT,
    decided_at TEXT NOT NULL
);
CREATE INDEX exchange_receipts_item ON exchange_receipts (item_id);

-- Families linked across centres: the partner's family id -> the local family, made when a
-- referral or transfer is accepted, so that a later plan package about it finds it.
CREATE TABLE exchange_family_links (
    id {{AUTO_ID}},
    partner_fingerprint TEXT NOT NULL,
    partner_family_id INTEGER NOT NULL,
    family_id INTEGER NOT NULL REFERENCES families (id),
    linked_at TEXT NOT NULL,
    linked_by TEXT NOT NULL,
    UNIQUE (partner_fingerprint, partner_family_id)
);

-- The records an accepted item created here (entity: family, member, work_plan,
-- family_assessment, contact, partner_plan), with the partner's id of the record when it has one,
-- so the record says where it came from and a later package of the same family adds only what is
-- new.
CREATE TABLE exchange_records (
    id {{AUTO_ID}},
    item_id INTEGER NOT NULL REFERENCES exchange_items (id),
    entity TEXT NOT NULL,
    local_id INTEGER NOT NULL,
    partner_id INTEGER
);
CREATE INDEX exchange_records_item ON exchange_records (item_id);

-- Read-only copies of a partner's plans for a linked family ("PCPR's help plan for Kasia,
-- version 3 of 12.05.2026"), apart from the centre's own plans; one row per version accepted.
CREATE TABLE partner_plans (
    id {{AUTO_ID}},
    family_id INTEGER NOT NULL REFERENCES families (id),
    item_id INTEGER NOT NULL REFERENCES exchange_items (id),
    partner_fingerprint TEXT NOT NULL,
    partner_name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('work_plan', 'help_plan')),
    child_name TEXT,
    version INTEGER NOT NULL,
    version_date TEXT,
    received_at TEXT NOT NULL,
    package_id TEXT NOT NULL,
    plan_text TEXT NOT NULL,
    plan_json TEXT NOT NULL
);
CREATE INDEX partner_plans_family ON partner_plans (family_id);
