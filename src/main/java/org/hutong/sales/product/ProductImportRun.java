package org.hutong.sales.product;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.hutong.identity.SignedInUser;
import org.hutong.transfer.ColumnMapping;
import org.hutong.transfer.FileDuplicates;
import org.hutong.transfer.ImportPasses;
import org.hutong.transfer.ImportTable;
import org.hutong.transfer.Imports;
import org.hutong.transfer.TransferJob;
import org.hutong.transfer.TransferKind;
import org.hutong.transfer.TransferWork;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A product import's pass, run by {@link ImportPasses} chunk by chunk: a row repeating an earlier
 * row's code is refused, the others go through {@link ProductRows}, with the category tree and the
 * status labels read once per pass.
 */
@Component
class ProductImportRun implements TransferWork {

	private final ProductRows rows;

	private final ImportPasses passes;

	private final Catalog catalog;

	private final MessageSource messages;

	ProductImportRun(ProductRows rows, ImportPasses passes, Catalog catalog, MessageSource messages) {
		this.rows = rows;
		this.passes = passes;
		this.catalog = catalog;
		this.messages = messages;
	}

	@Override
	public String subject() {
		return ProductImports.PRODUCTS.name();
	}

	@Override
	public TransferKind kind() {
		return TransferKind.IMPORT;
	}

	@Override
	public void run(TransferJob job, String claim, SignedInUser creator) {
		Locale locale = Locale.forLanguageTag(job.getLocale());
		ImportTable table = passes.table(job);
		ColumnMapping<ProductField> mapping = Imports.mapping(ProductImports.PRODUCTS, job);
		FileDuplicates repeats = new FileDuplicates(table, messages, locale)
			.scan(mapping.columnOf(ProductField.CODE), ProductField.CODE, String::strip);
		ProductImportTarget target = new ProductImportTarget(creator, categories(), statuses(), locale, job.isDryRun());
		passes.run(job, claim, table, repeats, (line, errors) -> rows.apply(line, mapping, target, errors), () -> {
		});
	}

	private Map<String, Long> categories() {
		return catalog.tree().stream().collect(Collectors.toMap(Catalog.Node::path, Catalog.Node::id, (a, b) -> a));
	}

	/** Each status by its code and by its label in Chinese and English, folded. */
	private Map<String, ProductStatus> statuses() {
		Map<String, ProductStatus> labels = new HashMap<>();
		for (ProductStatus status : ProductStatus.values()) {
			labels.put(ProductCells.fold(status.name()), status);
			for (Locale language : new Locale[] { Locale.CHINA, Locale.ENGLISH }) {
				String label = messages.getMessage("product.status." + status.name(), null, status.name(), language);
				labels.putIfAbsent(ProductCells.fold(label), status);
			}
		}
		return labels;
	}
}
