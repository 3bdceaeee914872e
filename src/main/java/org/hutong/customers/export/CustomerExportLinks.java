package org.hutong.customers.export;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

import org.hutong.customers.customer.CustomerFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The 导出 form's action for the list as filtered: every filter of {@link CustomerFilter} but the cursor,
 * read from the record itself so a filter added to the list is exported without touching this.
 * The list's template calls it as {@code CustomerExportLinks.href(filter)}.
 */
public final class CustomerExportLinks {

	static final String PATH = "/customers/exports";

	private CustomerExportLinks() {
	}

	public static String href(CustomerFilter filter) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(PATH);
		for (RecordComponent component : CustomerFilter.class.getRecordComponents()) {
			Object value = valueOf(component, filter);
			if (value != null && !"after".equals(component.getName())) {
				link.queryParam(component.getName(), value instanceof Enum<?> e ? e.name() : value.toString());
			}
		}
		return link.encode().build().toUriString();
	}

	private static Object valueOf(RecordComponent component, CustomerFilter filter) {
		try {
			return component.getAccessor().invoke(filter);
		}
		catch (IllegalAccessException | InvocationTargetException unreadable) {
			throw new IllegalStateException("cannot read filter " + component.getName(), unreadable);
		}
	}
}
