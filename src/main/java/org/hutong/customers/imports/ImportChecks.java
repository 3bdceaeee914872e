package org.hutong.customers.imports;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.hutong.customers.contact.ContactForm;
import org.hutong.customers.customer.CustomerForm;
import org.hutong.shared.CreditCode;
import org.hutong.transfer.ImportTable;
import org.hutong.transfer.RowError;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The checks one row gets before anything is written, the same as the customer and contact forms:
 * Bean Validation of the forms (required name, lengths, phone, mobile), the GB 32100 check
 * character of the credit code, known 级别 / 行业 / 来源 / 状态 values and region names.
 */
@Component
class ImportChecks {

	private static final Map<String, ImportField> CUSTOMER_FIELDS = Map.of("name", ImportField.NAME, "shortName",
			ImportField.SHORT_NAME, "creditCode", ImportField.CREDIT_CODE, "address", ImportField.ADDRESS, "phone",
			ImportField.PHONE, "website", ImportField.WEBSITE, "remarks", ImportField.REMARKS, "county",
			ImportField.REGION);

	private static final Map<String, ImportField> CONTACT_FIELDS = Map.of("name", ImportField.CONTACT_NAME, "mobile",
			ImportField.CONTACT_MOBILE, "title", ImportField.CONTACT_TITLE);

	private final Validator validator;

	private final ImportValues values;

	private final RegionCells regions;

	private final MessageSource messages;

	ImportChecks(Validator validator, ImportValues values, RegionCells regions, MessageSource messages) {
		this.validator = validator;
		this.values = values;
		this.regions = regions;
		this.messages = messages;
	}

	/** The row's patch, and what is wrong with its cells on their own. */
	CustomerPatch patch(ImportTable.Line line, ImportMapping mapping, Locale locale, List<RowError> errors) {
		Map<ImportField, String> cells = new EnumMap<>(ImportField.class);
		for (ImportField field : ImportField.values()) {
			int column = mapping.columnOf(field);
			String cell = column < 0 ? null : line.cell(column);
			if (cell != null) {
				cells.put(field, cell);
			}
		}
		Set<ImportField> present = EnumSet.noneOf(ImportField.class);
		present.addAll(cells.keySet());
		Cells row = new Cells(line.number(), cells, locale, errors);
		String code = CreditCode.normalise(cells.get(ImportField.CREDIT_CODE));
		if (code != null && !CreditCode.isValid(code)) {
			row.reject(ImportField.CREDIT_CODE, "customer.creditCode.invalid");
		}
		String[] region = region(row, present);
		CustomerForm form = new CustomerForm(cells.get(ImportField.NAME), cells.get(ImportField.SHORT_NAME), code,
				row.coded(ImportField.LEVEL, values::level), row.coded(ImportField.INDUSTRY, values::industry),
				row.coded(ImportField.SOURCE, values::source), row.coded(ImportField.STATUS, values::status),
				region[0], region[1], region[2], cells.get(ImportField.ADDRESS), cells.get(ImportField.PHONE),
				cells.get(ImportField.WEBSITE), cells.get(ImportField.REMARKS), false, null);
		ContactForm contact = contact(cells);
		if (contact != null) {
			validate(contact, CONTACT_FIELDS, line.number(), errors);
		}
		if (!present.contains(ImportField.NAME)) {
			row.reject(ImportField.NAME, "customer.required");
		}
		return new CustomerPatch(form, present, contact);
	}

	/** Bean Validation of the customer a row makes or changes, reported on the row. */
	void validate(CustomerForm form, int row, List<RowError> errors) {
		validate(form, CUSTOMER_FIELDS, row, errors);
	}

	private <T> void validate(T form, Map<String, ImportField> fields, int row, List<RowError> errors) {
		for (ConstraintViolation<T> violation : validator.validate(form)) {
			ImportField field = fields.get(violation.getPropertyPath().toString());
			boolean known = errors.stream().anyMatch(e -> e.row() == row && e.field() == field && field != null);
			if (!known) {
				errors.add(new RowError(row, field, violation.getMessage()));
			}
		}
	}

	private static ContactForm contact(Map<ImportField, String> cells) {
		String name = cells.get(ImportField.CONTACT_NAME);
		String mobile = cells.get(ImportField.CONTACT_MOBILE);
		if (name == null && mobile == null) {
			return null;
		}
		return ContactForm.of(name, mobile == null ? null : mobile.replaceAll("[\\s\\-]", ""),
				cells.get(ImportField.CONTACT_TITLE));
	}

	private String[] region(Cells row, Set<ImportField> present) {
		String combined = row.cells.get(ImportField.REGION);
		String province = row.cells.get(ImportField.PROVINCE);
		String city = row.cells.get(ImportField.CITY);
		String county = row.cells.get(ImportField.COUNTY);
		if (combined == null && province == null && city == null && county == null) {
			return new String[3];
		}
		present.add(ImportField.REGION);
		Optional<String[]> codes = combined != null ? regions.codes(combined) : regions.codes(province, city, county);
		if (codes.isEmpty()) {
			row.reject(combined != null ? ImportField.REGION : ImportField.PROVINCE, "import.region.unknown");
			return new String[3];
		}
		return codes.get();
	}

	/** A row's cells and where its errors go. */
	private final class Cells {

		final int number;

		final Map<ImportField, String> cells;

		final Locale locale;

		final List<RowError> errors;

		Cells(int number, Map<ImportField, String> cells, Locale locale, List<RowError> errors) {
			this.number = number;
			this.cells = cells;
			this.locale = locale;
			this.errors = errors;
		}

		void reject(ImportField field, String key, Object... args) {
			errors.add(new RowError(number, field, messages.getMessage(key, args, locale)));
		}

		<E> E coded(ImportField field, Function<String, Optional<E>> lookup) {
			String text = cells.get(field);
			if (text == null) {
				return null;
			}
			Optional<E> value = lookup.apply(text);
			if (value.isEmpty()) {
				reject(field, "import.value.unknown", text);
			}
			return value.orElse(null);
		}
	}
}
