package org.hutong.customers.option;

/** An option as a select, a filter or the API offers it: its code, its label in the reader's language. */
public record OptionChoice(String code, String label, boolean active) {
}
