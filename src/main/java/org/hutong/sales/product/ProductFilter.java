package org.hutong.sales.product;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * What narrows the catalogue: a keyword (the start of a code, or part of a name or a spec), a
 * category with everything below it, a status, the recycle bin instead of the live list, and the
 * cursor of the page (after a code and an id, in code order).
 */
public record ProductFilter(@Size(max = 50) String q, Long category, ProductStatus status, Boolean deleted,
		@Size(max = 200) String after) {

	public ProductFilter {
		q = Texts.clean(q);
		q = q == null || q.length() <= 50 ? q : q.substring(0, 50);
		after = Texts.clean(after);
	}

	static ProductFilter none() {
		return new ProductFilter(null, null, null, null, null);
	}

	public boolean first() {
		return after == null;
	}

	public boolean inBin() {
		return Boolean.TRUE.equals(deleted);
	}

	public boolean narrowed() {
		return q != null || activeFilters() > 0;
	}

	public int activeFilters() {
		return (category == null ? 0 : 1) + (status == null ? 0 : 1);
	}

	ProductFilter after(String code, long id) {
		String token = Base64.getUrlEncoder().withoutPadding()
			.encodeToString((code + "\n" + id).getBytes(StandardCharsets.UTF_8));
		return new ProductFilter(q, category, status, deleted, token);
	}

	/** The cursor's code and id, or null when there is none or it does not read. */
	Cursor cursor() {
		if (after == null) {
			return null;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
			int cut = text.lastIndexOf('\n');
			return cut < 0 ? null : new Cursor(text.substring(0, cut), Long.parseLong(text.substring(cut + 1)));
		}
		catch (IllegalArgumentException unreadable) {
			return null;
		}
	}

	record Cursor(String code, long id) {
	}
}
