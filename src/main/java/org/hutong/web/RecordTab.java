package org.hutong.web;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A tab on a record's page (客户 · 线索 …), as {@link HomeCard} is a card on 工作台. The record's
 * module lists its own tabs; another module declares a bean of this type to add one (sales: 商机 ·
 * 合同 · 回款 on a customer), so the record's module never learns about it. The tab's content loads by
 * htmx from {@code url} when the tab is opened; the page keeps the open tab in its address
 * ({@code /customers/42?tab=contacts}).
 *
 * @param record the record type whose page shows it: {@code customer}, {@code lead}
 * @param key the tab's name in the address, lowercase: {@code opportunities}
 * @param label the message key of its title
 * @param url its fragment's URL, {@code {id}} standing for the record's id: {@code /sales/opportunities?customer={id}}
 * @param order smaller first; the record's own tabs use 10, 20 … 90
 * @param permission what the user needs to see it, or {@code null} for everyone who sees the record
 * @param select for a URL that answers more than the tab shows, the CSS selector of the part to show, or {@code null}
 */
public record RecordTab(String record, String key, String label, String url, int order, String permission,
		String select) {

	public RecordTab(String record, String key, String label, String url, int order, String permission) {
		this(record, key, label, url, order, permission, null);
	}

	/** The fragment URL of this tab on record {@code id}. */
	public String urlOf(long id) {
		return url.replace("{id}", Long.toString(id));
	}

	/** The tabs of one record type the user may see, in order, the record's own and the contributed ones. */
	public static List<RecordTab> of(String record, List<RecordTab> own, List<RecordTab> contributed,
			Predicate<String> has) {
		return Stream.concat(own.stream(), contributed.stream())
			.filter(tab -> record.equals(tab.record()))
			.filter(tab -> tab.permission() == null || has.test(tab.permission()))
			.sorted(Comparator.comparingInt(RecordTab::order))
			.toList();
	}

	/** The tab named {@code key}, or the first when there is no such tab (a bad address shows the first). */
	public static RecordTab pick(List<RecordTab> tabs, String key) {
		return tabs.stream().filter(tab -> Objects.equals(tab.key(), key)).findFirst().orElse(tabs.get(0));
	}
}
