package org.hutong.sales.product;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hutong.transfer.ExportSheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The product spreadsheets: the 导入模板 (the import's columns and one example row) and the 导出 of
 * the list as filtered, with the same columns in the same order and cells written as the import
 * reads them (category path 开关设备/环网柜, parameters 名称=值; …), so an export imports again as it is.
 */
@Component
class ProductSheets {

	/** How many products an export holds at most: far more than a catalogue. */
	static final int MAX_ROWS = 50_000;

	private final ProductSearch search;

	private final MessageSource messages;

	ProductSheets(ProductSearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	void template(Locale locale, OutputStream out) throws IOException {
		try (ExportSheet sheet = new ExportSheet(out, text("product.list.title", locale), header(locale))) {
			sheet.append(ProductImports.PRODUCTS.all().stream()
				.map(field -> text("product.import.example." + field.name(), locale)).toList());
		}
	}

	/** Writes the list as the filter narrows it, page by page; answers how many products it holds. */
	int export(ProductFilter filter, Locale locale, OutputStream out) throws IOException {
		int written = 0;
		try (ExportSheet sheet = new ExportSheet(out, text("product.list.title", locale), header(locale))) {
			ProductFilter next = new ProductFilter(filter.q(), filter.category(), filter.status(), filter.deleted(), null);
			while (next != null && written < MAX_ROWS) {
				ProductPage page = search.page(next, ProductSearch.MAX_LIMIT);
				for (ProductView product : page.rows()) {
					sheet.append(values(product, locale));
				}
				sheet.flush();
				written += page.rows().size();
				next = page.next();
			}
		}
		return written;
	}

	private List<Object> values(ProductView p, Locale locale) {
		return Arrays.asList(p.code(), p.name(), p.spec(),
				p.categoryPath() == null ? null : String.join("/", p.categoryPath().split(" › ")), p.unit(),
				p.listPrice(), p.taxRate(), text("product.status." + p.status().name(), locale),
				p.description(), p.parameters().isEmpty() ? null : ProductCells.parameters(p.parameters()));
	}

	private List<String> header(Locale locale) {
		return ProductImports.PRODUCTS.all().stream().map(field -> text(ProductImports.PRODUCTS.labelKey(field), locale))
			.toList();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
