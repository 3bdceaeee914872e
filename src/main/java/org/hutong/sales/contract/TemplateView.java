package org.hutong.sales.contract;

import java.util.List;

/** A term template on the settings page and in the terms page's picker: its name and terms as the form has them. */
public record TemplateView(long id, String name, List<TermForm> terms, long version) {

	public TemplateView {
		terms = List.copyOf(terms);
	}
}
