package org.hutong.customers.region;

/**
 * One administrative division as a picker shows it: its statistical code (2 digits for a province,
 * 4 for a city, 6 for a county) and its Chinese name. Region names are data, not UI text: the
 * English UI shows them in Chinese too.
 */
public record Region(String code, String name) {
}
