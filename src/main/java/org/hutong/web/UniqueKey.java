package org.hutong.web;

/**
 * A unique key of the database that holds a rule on one input field, such as "one live customer per
 * normalised name" (ADR 0024). A module declares each of its keys as a bean; {@link UniqueKeys} then
 * turns a request that breaks one into the field's message instead of a failure.
 *
 * @param constraint the index or constraint name, as in the migration
 * @param field the form or API field the rule is about
 * @param messageKey what to tell the user when no more precise check explains the clash
 */
public record UniqueKey(String constraint, String field, String messageKey) {
}
