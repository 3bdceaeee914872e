-- A record's collections (a deal's lines, contacts and team, a quote's lines, a tender's lots, a price
-- list's items and targets, a customer's team, a follow-up's contacts, a user's roles) are loaded by
-- the ORM by the parent's id alone. The parent's id is unique across enterprises, so an index that
-- leads with it is exact; the tenant-leading indexes cannot serve that lookup, and at a million deals
-- the load of one deal's lines read all three million. The unique constraints stay as they were.
DROP INDEX ix_sales_opportunity_line;
CREATE INDEX ix_sales_opportunity_line ON sales_opportunity_line (opportunity_id, position);
CREATE INDEX ix_sales_opportunity_contact_deal ON sales_opportunity_contact (opportunity_id);
CREATE INDEX ix_sales_opportunity_member_deal ON sales_opportunity_member (opportunity_id);
DROP INDEX ix_sales_quote_line_quote;
CREATE INDEX ix_sales_quote_line_quote ON sales_quote_line (quote_id, position);
DROP INDEX ix_sales_tender_lot_tender;
CREATE INDEX ix_sales_tender_lot_tender ON sales_tender_lot (tender_id, position);
DROP INDEX ix_sales_price_list_target_list;
CREATE INDEX ix_sales_price_list_target_list ON sales_price_list_target (price_list_id);
CREATE INDEX ix_sales_price_list_item_list ON sales_price_list_item (price_list_id);
CREATE INDEX ix_sales_pipeline_stage_list ON sales_pipeline_stage (pipeline_id, position);
CREATE INDEX ix_customers_team_member_customer ON customers_team_member (customer_id);
CREATE INDEX ix_customers_follow_up_contact_follow_up ON customers_follow_up_contact (follow_up_id);
CREATE INDEX ix_identity_user_role_user ON identity_user_role (user_id);

-- The board's column totals and the forecast add up every open deal of a pipeline or of a quarter.
-- Both read these indexes alone (an index-only scan): each holds every column its query reads.
CREATE INDEX ix_sales_opportunity_board ON sales_opportunity
    (tenant_id, pipeline_id, outcome, closed_at, stage_id, owner_id, deleted_at, amount);
DROP INDEX ix_sales_opportunity_expected;
CREATE INDEX ix_sales_opportunity_expected ON sales_opportunity
    (tenant_id, outcome, expected_close, owner_id, deleted_at, forecast_category, stage_id, amount);
