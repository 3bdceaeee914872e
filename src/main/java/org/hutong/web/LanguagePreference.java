package org.hutong.web;

/** A principal that carries the language its user chose, e.g. {@code "en"} or {@code "zh-CN"}. */
public interface LanguagePreference {

	String language();
}
