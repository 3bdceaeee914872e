package org.hutong.customers.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hutong.customers.contact.Contact;
import org.hutong.customers.contact.ContactView;
import org.hutong.customers.customer.CustomerFilter;
import org.hutong.customers.customer.CustomerPage;
import org.hutong.customers.customer.CustomerSearch;
import org.hutong.customers.customer.CustomerView;
import org.hutong.identity.AuditAction;
import org.hutong.identity.AuditLog;
import org.hutong.identity.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * 导出: the customer list exactly as the viewer's list shows it (scope tab, data scope, filters,
 * order), walked page by page through the same keyset search, each page's first contacts fetched
 * in one query and their mobiles masked as the customer's page would mask them. Stops at
 * {@link #MAX_ROWS} and says so in the sheet. Every export is written to the 审计日志.
 */
@Service
class CustomerExport {

	static final int BATCH = CustomerSearch.MAX_LIMIT;

	static final int MAX_ROWS = 100_000;

	private final CustomerSearch search;

	private final ExportQueries queries;

	private final MessageSource messages;

	private final AuditLog audit;

	CustomerExport(CustomerSearch search, ExportQueries queries, MessageSource messages, AuditLog audit) {
		this.search = search;
		this.queries = queries;
		this.messages = messages;
		this.audit = audit;
	}

	/** Writes the .xlsx to {@code out}; answers how many customers it holds. */
	int write(SignedInUser viewer, CustomerFilter filter, Locale locale, OutputStream out) throws IOException {
		return write(viewer, filter, locale, out, (written, total) -> true);
	}

	/** Told after each batch how many rows are written and how many there are (0 when not counted). */
	interface Progress {

		/** Answers whether to go on. */
		boolean written(int written, int total);
	}

	/** The same, reporting progress after each batch; stops early when {@code progress} says so. */
	int write(SignedInUser viewer, CustomerFilter filter, Locale locale, OutputStream out, Progress progress)
			throws IOException {
		int written = 0;
		int total = 0;
		boolean capped = false;
		try (CustomerSheet sheet = new CustomerSheet(out, messages, locale)) {
			CustomerFilter next = filter;
			while (next != null && !capped) {
				CustomerPage page = search.page(viewer, next, Math.min(BATCH, MAX_ROWS - written));
				sheet.append(rows(viewer, page.rows()));
				written += page.rows().size();
				total = page.total() == null ? total : (int) Math.min(MAX_ROWS, Math.max(total, page.total().value()));
				next = page.next();
				capped = next != null && written >= MAX_ROWS;
				if (!progress.written(written, Math.max(total, written))) {
					throw new IOException("export stopped");
				}
			}
			if (capped) {
				sheet.capped(MAX_ROWS);
			}
		}
		audit.record(AuditAction.CUSTOMERS_EXPORTED, "customers", summary(filter, written, capped));
		return written;
	}

	private List<ExportRow> rows(SignedInUser viewer, List<CustomerView> customers) {
		List<Long> ids = customers.stream().map(CustomerView::id).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Contact> first = new LinkedHashMap<>();
		queries.contactsOf(ids).forEach(contact -> first.putIfAbsent(contact.getCustomerId(), contact));
		Set<Long> unmasked = new HashSet<>(queries.sharedWith(viewer.userId(), ids));
		return customers.stream().map(customer -> {
			Contact contact = first.get(customer.id());
			boolean sees = unmasked.contains(customer.id()) || Long.valueOf(viewer.userId()).equals(customer.ownerId());
			return contact == null ? new ExportRow(customer, null, null) : new ExportRow(customer, contact.getName(),
					sees ? contact.getMobile() : ContactView.mask(contact.getMobile()));
		}).toList();
	}

	private static String summary(CustomerFilter filter, int rows, boolean capped) {
		return "rows=" + rows + (capped ? " (capped)" : "") + " filter=" + filter;
	}
}
