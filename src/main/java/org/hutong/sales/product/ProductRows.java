package org.hutong.sales.product;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.hutong.transfer.ColumnMapping;
import org.hutong.transfer.ImportOutcome;
import org.hutong.transfer.ImportTable;
import org.hutong.transfer.RowError;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * One import row into the catalogue, by its code: a live product of that code is updated with the
 * row's non-empty cells, a new code makes a product, a code of a product in the recycle bin is
 * refused. The checks are the product form's: Bean Validation, a unit from the enterprise's list
 * (or the one the product already has), a category the enterprise has. Categories and units are
 * never made by an import: a typo would grow the lists unseen. A dry run decides the same way and
 * writes nothing.
 */
@Component
class ProductRows {

	private static final Map<String, ProductField> PROPERTIES = Map.of("code", ProductField.CODE, "name",
			ProductField.NAME, "spec", ProductField.SPEC, "unit", ProductField.UNIT, "listPrice", ProductField.LIST_PRICE,
			"taxRate", ProductField.TAX_RATE, "description", ProductField.DESCRIPTION);

	private final ProductRepository products;

	private final Catalog catalog;

	private final Validator validator;

	private final Clock clock;

	private final MessageSource messages;

	ProductRows(ProductRepository products, Catalog catalog, Validator validator, Clock clock, MessageSource messages) {
		this.products = products;
		this.catalog = catalog;
		this.validator = validator;
		this.clock = clock;
		this.messages = messages;
	}

	ImportOutcome apply(ImportTable.Line line, ColumnMapping<ProductField> mapping, ProductImportTarget target,
			List<RowError> errors) {
		ProductRow row = new ProductRow(line.number(), cells(line, mapping), target, errors, messages);
		String code = row.text(ProductField.CODE);
		if (code == null) {
			row.reject(ProductField.CODE, "product.required");
			return ImportOutcome.REFUSED;
		}
		Optional<Product> existing = products.findByCodeAndDeletedAtIsNull(code);
		if (existing.isEmpty() && products.existsByCode(code)) {
			row.reject(ProductField.CODE, "product.code.taken");
			return ImportOutcome.REFUSED;
		}
		ProductForm base = existing.map(ProductForm::of).orElse(ProductForm.blank());
		ProductForm form = row.onto(base, existing.map(Product::getUnit).orElse(null), catalog::hasUnit);
		if (row.refused() || !valid(form, row)) {
			return ImportOutcome.REFUSED;
		}
		if (existing.isPresent()) {
			return update(existing.get(), form, target);
		}
		if (!target.dryRun()) {
			products.save(new Product(form, target.importer().userId(), clock.instant()));
		}
		return ImportOutcome.CREATED;
	}

	private ImportOutcome update(Product product, ProductForm form, ProductImportTarget target) {
		if (ProductForm.of(product).equals(form)) {
			return ImportOutcome.UNCHANGED;
		}
		if (!target.dryRun()) {
			product.change(form, clock.instant());
		}
		return ImportOutcome.UPDATED;
	}

	/** Bean Validation of the product the row makes or changes, each violation on its column. */
	private boolean valid(ProductForm form, ProductRow row) {
		boolean valid = true;
		for (ConstraintViolation<ProductForm> violation : validator.validate(form)) {
			String property = violation.getPropertyPath().toString();
			ProductField field = property.startsWith("parameters") ? ProductField.PARAMETERS : PROPERTIES.get(property);
			row.add(field, violation.getMessage());
			valid = false;
		}
		return valid;
	}

	private static Map<ProductField, String> cells(ImportTable.Line line, ColumnMapping<ProductField> mapping) {
		Map<ProductField, String> cells = new EnumMap<>(ProductField.class);
		for (ProductField field : ProductField.values()) {
			int column = mapping.columnOf(field);
			String cell = column < 0 ? null : line.cell(column);
			if (cell != null) {
				cells.put(field, cell);
			}
		}
		return cells;
	}
}
