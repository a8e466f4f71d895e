-- SPDX-License-Identifier: GPL-3.0-or-later
-- Helpdesk schema, step 21: attachments (issue 13). The bytes live outside the database in a
-- content-addressed store (docs/admin.md, "Attachments"); these rows say what each file is
-- called, its type, size and SHA-256, who uploaded it and the message it belongs to (NULL
-- until message.add attaches it). Uploads in progress survive a reconnect and a restart.
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    uploader_id INTEGER REFERENCES users(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX attachments_message ON attachments(message_id);
CREATE INDEX attachments_sha256 ON attachments(sha256);
CREATE INDEX attachments_unattached ON attachments(created_at) WHERE message_id IS NULL;

CREATE TABLE attachment_uploads (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL DEFAULT '',
    received INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX attachment_uploads_user ON attachment_uploads(user_id);
CREATE INDEX attachment_uploads_updated ON attachment_uploads(updated_at);
