-- Files an approver attaches to a decision (同意 / 拒绝), and the handwritten signature a node may ask
-- for: a decision's files point at its history row; the signature is one of them, marked.
ALTER TABLE approval_file ADD COLUMN action_id BIGINT REFERENCES approval_action (id);
ALTER TABLE approval_file ADD COLUMN signature BOOLEAN NOT NULL DEFAULT FALSE;
