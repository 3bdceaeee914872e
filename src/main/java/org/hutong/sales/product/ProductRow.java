package org.hutong.sales.product;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.hutong.transfer.RowError;
import org.springframework.context.MessageSource;

/**
 * One import row's cells and where its errors go. Laid over a product's form it changes only the
 * fields the row has a value for, so an import never blanks a field because its column was missing
 * or its cell empty.
 */
final class ProductRow {

	private final int number;

	private final Map<ProductField, String> cells;

	private final ProductImportTarget target;

	private final List<RowError> errors;

	private final MessageSource messages;

	private final int errorsBefore;

	ProductRow(int number, Map<ProductField, String> cells, ProductImportTarget target, List<RowError> errors,
			MessageSource messages) {
		this.number = number;
		this.cells = cells;
		this.target = target;
		this.errors = errors;
		this.messages = messages;
		this.errorsBefore = errors.size();
	}

	String text(ProductField field) {
		return cells.get(field);
	}

	/** The base form with the row's values laid over it; a unit other than {@code unitBefore} must be on the list. */
	ProductForm onto(ProductForm base, String unitBefore, Predicate<String> listed) {
		String unit = pick(ProductField.UNIT, Optional::of, "", base.unit());
		if (unit != null && !unit.equals(unitBefore) && !listed.test(unit)) {
			reject(ProductField.UNIT, "product.import.unit.unknown", unit);
		}
		return new ProductForm(text(ProductField.CODE), pick(ProductField.NAME, Optional::of, "", base.name()),
				pick(ProductField.SPEC, Optional::of, "", base.spec()), unit,
				pick(ProductField.CATEGORY, text -> Optional.ofNullable(target.categories().get(ProductCells.path(text))),
						"product.import.category.unknown", base.categoryId()),
				pick(ProductField.LIST_PRICE, ProductCells::price, "product.import.number.invalid", base.listPrice()),
				pick(ProductField.TAX_RATE, ProductCells::taxRate, "product.import.number.invalid", base.taxRate()),
				pick(ProductField.STATUS, text -> ProductCells.status(text, target.statuses()), "import.value.unknown",
						base.status()),
				pick(ProductField.DESCRIPTION, Optional::of, "", base.description()),
				pick(ProductField.PARAMETERS, ProductCells::parameters, "product.import.parameters.invalid",
						base.parameters()),
				base.version());
	}

	boolean refused() {
		return errors.size() > errorsBefore;
	}

	void reject(ProductField field, String key, Object... args) {
		add(field, messages.getMessage(key, args, target.locale()));
	}

	/** A reason already in the importer's language; one per column is enough. */
	void add(ProductField field, String message) {
		boolean known = field != null && errors.subList(errorsBefore, errors.size()).stream()
			.anyMatch(error -> error.field() == field);
		if (!known) {
			errors.add(new RowError(number, field, message));
		}
	}

	/** The cell's value read by {@code read}, or the base's when the cell is empty; unreadable text is refused with {@code key}. */
	private <T> T pick(ProductField field, Function<String, Optional<T>> read, String key, T base) {
		String text = cells.get(field);
		if (text == null) {
			return base;
		}
		Optional<T> value = read.apply(text);
		if (value.isEmpty()) {
			reject(field, key, text);
		}
		return value.orElse(base);
	}
}
