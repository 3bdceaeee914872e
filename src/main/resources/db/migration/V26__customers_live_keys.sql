-- The duplicate rules held by the database (ADR 0024): equal normalised names and contact mobiles
-- are unique per enterprise among live rows, so two requests at once save one. (Credit codes have
-- had their unique key since V3: a code stays taken in the recycle bin until purged or merged away.)
-- H2 has no partial index, so each rule has a "live key" column: the value while the row is live,
-- NULL once it is in the recycle bin (NULLs never clash in a unique index, in either database).
-- The entities keep the keys in step on create, edit, delete, restore and merge.
ALTER TABLE customers_customer ADD COLUMN live_name VARCHAR(100);
ALTER TABLE customers_contact ADD COLUMN live_mobile VARCHAR(11);

-- Existing rows: where live duplicates exist already (saved by a race before this rule), the oldest
-- keeps the key and the others stay without one, unchanged and listed; an edit that keeps such a
-- name is refused as a duplicate, as the check in Java already did, until the users merge them.
UPDATE customers_customer SET live_name = name_normalised
 WHERE deleted_at IS NULL AND name_normalised <> ''
   AND NOT EXISTS (SELECT 1 FROM customers_customer o
                    WHERE o.tenant_id = customers_customer.tenant_id
                      AND o.name_normalised = customers_customer.name_normalised
                      AND o.deleted_at IS NULL AND o.id < customers_customer.id);
-- A contact's mobile is live while the contact and its customer are.
UPDATE customers_contact SET live_mobile = mobile
 WHERE deleted_at IS NULL AND mobile IS NOT NULL
   AND EXISTS (SELECT 1 FROM customers_customer c
                WHERE c.tenant_id = customers_contact.tenant_id AND c.id = customers_contact.customer_id
                  AND c.deleted_at IS NULL)
   AND NOT EXISTS (SELECT 1 FROM customers_contact o JOIN customers_customer oc
                          ON oc.tenant_id = o.tenant_id AND oc.id = o.customer_id AND oc.deleted_at IS NULL
                    WHERE o.tenant_id = customers_contact.tenant_id AND o.mobile = customers_contact.mobile
                      AND o.deleted_at IS NULL AND o.id < customers_contact.id);

CREATE UNIQUE INDEX uk_customers_customer_live_name ON customers_customer (tenant_id, live_name);
CREATE UNIQUE INDEX uk_customers_contact_live_mobile ON customers_contact (tenant_id, live_mobile);
